using Jixiao.Core.Review.Rules.Structure;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class OutputIncompleteRuleTests
{
    private static readonly OutputIncompleteRule Rule = new();

    [Fact]
    public void Check_OutputWithOnlyQuality_Reported()
    {
        var sheet = TestSheets.Project([.. TestSheets.Complete88().Where(i => i.Level2 != "数量指标")]);

        var finding = Assert.Single(TestSheets.FindingsOf(Rule, sheet));

        Assert.Contains("没有数量指标", finding.Message, StringComparison.Ordinal);
        Assert.Equal("培训合格率", finding.Indicator?.Name);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project()));

    [Fact]
    public void Check_NoOutputAtAll_LeftToMissingLevel1() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project([.. TestSheets.Complete88().Where(i => i.Level1 != "产出指标")])));

    [Fact]
    public void Check_TableCutOff_NoFinding()
    {
        var sheet = TestSheets.Project([TestSheets.Row("产出指标", "质量指标", "补贴发放准确率", null)]);

        Assert.Empty(TestSheets.FindingsOf(Rule, sheet));
    }
}
