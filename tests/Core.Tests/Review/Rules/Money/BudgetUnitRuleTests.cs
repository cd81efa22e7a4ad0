using Jixiao.Core.Review.Rules.Money;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Money;

using Money = Jixiao.Core.Targets.Money;

public class BudgetUnitRuleTests
{
    private static readonly BudgetUnitRule Rule = new();

    [Fact]
    public void Check_TinyBudgetInYuan_Reported()
    {
        var finding = Assert.Single(FindingsOf(Rule, Project() with { Budget = new Budget { Total = new Money(300m, MoneyUnit.Yuan) } }));

        Assert.Contains("300万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OrdinaryBudgets_NotReported()
    {
        Assert.Empty(FindingsOf(Rule, Project() with { Budget = new Budget { Total = new Money(13000m, MoneyUnit.Yuan) } }));
        Assert.Empty(FindingsOf(Rule, Project() with { Budget = new Budget { Total = Money.Wan(0.18m) } }));
        Assert.Empty(FindingsOf(Rule, Project(budgetWan: null)));
    }
}
