using Jixiao.Core.Review.Rules.Structure;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class IncompleteTableRuleTests
{
    [Fact]
    public void Check_LastRowHasNoValueCell_ReportedOnce()
    {
        var sheet = TestSheets.Project([TestSheets.Row("产出指标", "数量指标", "补贴比例", null)]);

        var finding = Assert.Single(TestSheets.FindingsOf(new IncompleteTableRule(), sheet));

        Assert.Contains("中断", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(new IncompleteTableRule(), TestSheets.Project()));

    [Fact]
    public void Check_CutTable_MissingLevel1StaysSilent()
    {
        var sheet = TestSheets.Project([TestSheets.Row("产出指标", "数量指标", "补贴比例", null)]);

        Assert.Empty(TestSheets.FindingsOf(new MissingLevel1Rule(), sheet));
    }
}
