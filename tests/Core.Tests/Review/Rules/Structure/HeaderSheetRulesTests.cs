using Jixiao.Core.Review.Rules.Structure;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class HeaderProjectNameRuleTests
{
    private static readonly HeaderProjectNameRule Rule = new();

    [Fact]
    public void Check_ProjectWithoutName_Reports() =>
        Assert.Equal("STR-HEADER-PROJECT-NAME", Assert.Single(FindingsOf(Rule, Project() with { ProjectName = " " })).RuleId);

    [Fact]
    public void Check_NamedProject_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));

    [Fact]
    public void Check_DepartmentSheet_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project() with { Kind = SheetKind.Department, ProjectName = null }));
}

public class HeaderBudgetRuleTests
{
    private static readonly HeaderBudgetRule Rule = new();

    [Fact]
    public void Check_ProjectWithoutBudget_Reports()
    {
        var finding = Assert.Single(FindingsOf(Rule, Project(budgetWan: null)));

        Assert.Equal("STR-HEADER-BUDGET", finding.RuleId);
        Assert.Contains("没有填写预算金额", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ZeroBudget_Reports() =>
        Assert.Contains("为0", Assert.Single(FindingsOf(Rule, Project(budgetWan: 0m))).Message, StringComparison.Ordinal);

    [Fact]
    public void Check_OnlyCurrentYearAmount_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project(budgetWan: null) with { Budget = new Budget { CurrentYear = new Jixiao.Core.Targets.Money(77000m, MoneyUnit.Yuan) } }));

    [Fact]
    public void Check_CompleteSheet_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));

    [Fact]
    public void Check_DepartmentWithoutBudget_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project(budgetWan: null) with { Kind = SheetKind.Department }));
}

public class HeaderDepartmentRuleTests
{
    private static readonly HeaderDepartmentRule Rule = new();

    [Fact]
    public void Check_DepartmentWithoutName_Reports() =>
        Assert.Equal("STR-HEADER-DEPARTMENT", Assert.Single(FindingsOf(Rule, Project() with { Kind = SheetKind.Department, Department = null, Unit = null })).RuleId);

    [Fact]
    public void Check_UnitNamed_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project() with { Kind = SheetKind.Department, Department = null, Unit = "某县就业服务局" }));

    [Fact]
    public void Check_ProjectWithoutDepartment_NoFinding() => Assert.Empty(FindingsOf(Rule, Project() with { Department = null }));
}

public class HeaderYearRuleTests
{
    private static readonly HeaderYearRule Rule = new();

    [Fact]
    public void Check_NoYear_Reports() =>
        Assert.Equal("STR-HEADER-YEAR", Assert.Single(FindingsOf(Rule, Project() with { FiscalYear = null })).RuleId);

    [Fact]
    public void Check_CompleteSheet_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));
}
