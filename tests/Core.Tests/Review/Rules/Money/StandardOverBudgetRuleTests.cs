using Jixiao.Core.Review.Rules.Money;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Money;

public class StandardOverBudgetRuleTests
{
    private static readonly StandardOverBudgetRule Rule = new();

    [Fact]
    public void Check_MonthlyStandardTimesPersonsOverBudget_ReportsTheSum()
    {
        var sheet = Project(
        [
            Row("产出指标", "数量指标", "享受补贴人数", "≥139人", 10),
            Row("产出指标", "成本指标", "补贴标准", "2004元/人/月", 11),
        ], budgetWan: 38.07m);

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.Contains("× 12个月 测算需 334.27万元", finding.Message, StringComparison.Ordinal);
        Assert.Contains("38.07万元", finding.Message, StringComparison.Ordinal);
        Assert.Contains("约 15人", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_YearlyStandardPerUnitWithinBudget_NoFinding()
    {
        var sheet = Project(
        [
            Row("产出指标", "数量指标", "扶持孵化基地数", "≥2个", 10),
            Row("产出指标", "成本指标", "运营补助标准", "≤10万元/个", 11),
        ], budgetWan: 20m);

        Assert.Empty(FindingsOf(Rule, sheet));
    }

    [Fact]
    public void Check_YearlyStandardOverBudget_Reports()
    {
        var sheet = Project(
        [
            Row("产出指标", "数量指标", "资助学生人数", "4250人", 10),
            Row("产出指标", "成本指标", "资助标准", "2000元/年/人", 11),
        ], budgetWan: 100m);

        Assert.Contains("850.00万元", Assert.Single(FindingsOf(Rule, sheet)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StandardWithoutMatchingCount_NoFinding()
    {
        var sheet = Project([Row("产出指标", "数量指标", "培训班次", "≥20次", 10), Row("产出指标", "成本指标", "补贴标准", "2004元/人/月", 11)], budgetWan: 1m);

        Assert.Empty(FindingsOf(Rule, sheet));
    }
}
