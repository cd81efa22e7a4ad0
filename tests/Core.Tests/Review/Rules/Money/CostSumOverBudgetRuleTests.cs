using Jixiao.Core.Review.Rules.Money;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Money;

using Money = Jixiao.Core.Targets.Money;

public class CostSumOverBudgetRuleTests
{
    private static readonly CostSumOverBudgetRule Rule = new();

    [Fact]
    public void Check_CostsAddUpAboveBudget_Reported()
    {
        var sheet = Project(budgetWan: 12m).With(
            Row("产出指标", "成本指标", "取暖成本", "≤8万元", 20),
            Row("产出指标", "成本指标", "水电成本", "≤3万元", 21),
            Row("产出指标", "成本指标", "办公成本", "≤2万元", 22));

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.Contains("13.00万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CostsAddUpToBudget_NotReported()
    {
        var sheet = Project(budgetWan: 12m).With(
            Row("产出指标", "成本指标", "取暖成本", "≤8万元", 20),
            Row("产出指标", "成本指标", "水电成本", "≤2万元", 21),
            Row("产出指标", "成本指标", "办公成本", "≤2万元", 22));

        Assert.Empty(FindingsOf(Rule, sheet));
    }

    [Fact]
    public void Check_TotalCostWithItsParts_NotReported()
    {
        var sheet = Project(budgetWan: 12m).With(
            Row("产出指标", "成本指标", "项目总成本", "≤12万元", 20),
            Row("产出指标", "成本指标", "其中取暖成本", "≤8万元", 21));

        Assert.Empty(FindingsOf(Rule, sheet));
    }
}
