using Jixiao.Core.Review.Rules.Classification;

namespace Jixiao.Core.Tests.Review.Rules.Classification;

public class TimelinessMisplacedRuleTests
{
    private static readonly TimelinessMisplacedRule Rule = new();

    [Theory]
    [InlineData("数量指标", "补贴是否及时发放", "是")]
    [InlineData("质量指标", "补贴发放及时率", "100%")]
    [InlineData("数量指标", "平台建设时间", "≤24月")]
    public void Check_TimelinessNameUnderAnotherOutputLevel2_Reported(string level2, string name, string value)
    {
        var finding = Assert.Single(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("产出指标", level2, name, value))));

        Assert.Contains($"表中却放在产出指标/{level2}下", finding.Message, StringComparison.Ordinal);
        Assert.Contains("应放在产出指标/时效指标下", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project()));

    [Theory]
    [InlineData("数量指标", "平台建设时间", "100%")] // a weak word without a deadline value
    [InlineData("质量指标", "补助发放准确率，按时缴纳社会保险比率", "≥95%")] // two clauses, two categories
    [InlineData("时效指标", "补贴发放及时率", "100%")]
    public void Check_WeakAmbiguousOrWellPlaced_NoFinding(string level2, string name, string value) =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("产出指标", level2, name, value))));
}
