using Jixiao.Core.Review.Rules.Classification;

namespace Jixiao.Core.Tests.Review.Rules.Classification;

public class BudgetExecutionRuleTests
{
    private static readonly BudgetExecutionRule Rule = new();

    [Theory]
    [InlineData("预算执行率", "100%")]
    [InlineData("实际资金支出率", "95%以上")]
    public void Check_BudgetExecutionAsIndicator_Reported(string name, string value)
    {
        var finding = Assert.Single(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("产出指标", "时效指标", name, value))));

        Assert.Contains("产出指标/时效指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project()));

    [Fact]
    public void Check_PaymentTimeliness_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("产出指标", "时效指标", "资金拨付及时率", "100%"))));
}
