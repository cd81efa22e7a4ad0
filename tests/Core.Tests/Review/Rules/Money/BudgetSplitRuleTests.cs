using Jixiao.Core.Review.Rules.Money;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Money;

using Money = Jixiao.Core.Targets.Money;

public class BudgetSplitRuleTests
{
    private static readonly BudgetSplitRule Rule = new();

    private static TargetSheet WithBudget(Budget budget) => Project() with { Budget = budget };

    [Fact]
    public void Check_SourcesBelowTotal_Reported()
    {
        var finding = Assert.Single(FindingsOf(Rule, WithBudget(new Budget { Total = Money.Wan(227m), Fiscal = Money.Wan(200m) })));

        Assert.Contains("227.00万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SpendingNotTotal_Reported() =>
        Assert.Single(FindingsOf(Rule, WithBudget(new Budget { Total = Money.Wan(3896.05m), BasicSpending = Money.Wan(823.26m), ProjectSpending = Money.Wan(3000m) })));

    [Fact]
    public void Check_CurrentYearAboveTotal_Reported() =>
        Assert.Single(FindingsOf(Rule, WithBudget(new Budget { Total = new Money(77000m, MoneyUnit.Yuan), CurrentYear = new Money(97000m, MoneyUnit.Yuan) })));

    [Fact]
    public void Check_SplitsAddUp_NotReported()
    {
        Assert.Empty(FindingsOf(Rule, WithBudget(new Budget { Total = Money.Wan(298m), Fiscal = Money.Wan(298m) })));
        Assert.Empty(FindingsOf(Rule, WithBudget(new Budget { Total = Money.Wan(3896.05m), BasicSpending = Money.Wan(823.26m), ProjectSpending = Money.Wan(3072.79m) })));
    }

    [Fact]
    public void Check_DevelopmentSpendingBesideBasicAndProject_NotReported()
    {
        // 004: 基本 674.09 + 项目 416.32 + 其他事业发展性支出 352 = 财政拨款 1442.41.
        var budget = new Budget
        {
            Fiscal = Money.Wan(1442.41m), Other = Money.Wan(0m), BasicSpending = Money.Wan(674.09m), ProjectSpending = Money.Wan(416.32m),
            OtherLines = [new BudgetLine("其他事业发展性支出", Money.Wan(352m))],
        };

        Assert.Empty(FindingsOf(Rule, WithBudget(budget)));
    }
}
