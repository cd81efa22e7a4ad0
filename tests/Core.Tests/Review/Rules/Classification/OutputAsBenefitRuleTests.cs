using Jixiao.Core.Review.Rules.Classification;

namespace Jixiao.Core.Tests.Review.Rules.Classification;

public class OutputAsBenefitRuleTests
{
    private static readonly OutputAsBenefitRule Rule = new();

    [Theory]
    [InlineData("经济效益指标", "资金在规定时间内下达", "在规定时间内下达", "产出指标/时效指标")]
    [InlineData("社会效益指标", "培训人数", "≥200人", "产出指标/数量指标")]
    public void Check_OutputNameUnderBenefit_Reported(string level2, string name, string value, string belongs)
    {
        var finding = Assert.Single(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("效益指标", level2, name, value))));

        Assert.Contains($"应放在{belongs}下", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project()));

    [Theory]
    [InlineData("因就业问题发生重大群体性事件数量", "0起")]
    [InlineData("直接、间接总受益人数", "1840人")]
    [InlineData("为企业节约经营成本金额", "≥98%")]
    public void Check_OutcomeCountsAndSavings_NoFinding(string name, string value) =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("效益指标", "社会效益指标", name, value))));
}
