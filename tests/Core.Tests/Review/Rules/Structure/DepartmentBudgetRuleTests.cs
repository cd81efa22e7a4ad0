using Jixiao.Core.Review.Rules.Structure;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class DepartmentBudgetRuleTests
{
    private static readonly DepartmentBudgetRule Rule = new();

    [Fact]
    public void Check_DepartmentSheetWithoutBudget_Reports() =>
        Assert.Single(FindingsOf(Rule, Project(budgetWan: null) with { Kind = SheetKind.Department }));

    [Fact]
    public void Check_DepartmentSheetWithSplitBudget_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project(budgetWan: null) with
        {
            Kind = SheetKind.Department,
            Budget = new Budget { BasicSpending = Jixiao.Core.Targets.Money.Wan(300m), ProjectSpending = Jixiao.Core.Targets.Money.Wan(120m) },
        }));

    [Fact]
    public void Check_ProjectSheetWithoutBudget_LeftToHeaderBudgetRule() =>
        Assert.Empty(FindingsOf(Rule, Project(budgetWan: null)));
}
