using Jixiao.Core.Review.Rules.Classification;

namespace Jixiao.Core.Tests.Review.Rules.Classification;

public class NotSatisfactionRuleTests
{
    private static readonly NotSatisfactionRule Rule = new();

    [Fact]
    public void Check_ComplaintCountUnderSatisfaction_Reported()
    {
        // 004: 有效投诉数量 小于2单 under 满意度指标/服务对象满意度指标.
        var finding = Assert.Single(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("满意度指标", "服务对象满意度指标", "有效投诉数量", "小于2单"))));

        Assert.Contains("“有效投诉数量”从名称看是数量指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project()));

    [Theory]
    [InlineData("企业或个人投诉率", "不高于1%")] // unknown to the classifier: left alone
    [InlineData("受益群众满意率（%）", "95%")]
    public void Check_SatisfactionOrUnknown_NoFinding(string name, string value) =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("满意度指标", "服务对象满意度指标", name, value))));
}
