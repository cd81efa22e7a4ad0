using Jixiao.Core.Review.Rules.Money;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Money;

using Money = Jixiao.Core.Targets.Money;

public class CostOverBudgetRuleTests
{
    private static readonly CostOverBudgetRule Rule = new();

    [Fact]
    public void Check_CostAboveBudget_Reported()
    {
        var sheet = Project(budgetWan: 26.94m).With(Row("产出指标", "成本指标", "编外人员全年工资补贴成本", "≤26.97万元"));

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.Contains("26.94万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AmountHandedOutUnderQuantity_NotReported()
    {
        // 002: a loan volume of 1000万元 on a 30万元 interest subsidy is not a cost.
        var sheet = Project(budgetWan: 30m).With(Row("产出指标", "数量指标", "创业担保贷款发放额", "1000万元"));

        Assert.Empty(FindingsOf(Rule, sheet));
    }

    [Theory]
    [InlineData("产出指标", "成本指标", "项目成本", "≤50万元")]
    [InlineData("产出指标", "成本指标", "人均培训成本", "≤800元/人")]
    [InlineData("效益指标", "经济效益指标", "带动增收金额", "≥100万元")]
    public void Check_WithinBudgetPerUnitOrBenefit_NotReported(string level1, string level2, string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project(budgetWan: 50m).With(Row(level1, level2, name, value))));
}
