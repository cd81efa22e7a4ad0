using Jixiao.Core.Review.Rules.Document;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.Rules.DocumentFamily.DocumentSheets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.DocumentFamily;

public class ProjectsOverDepartmentRuleTests
{
    private static readonly ProjectsOverDepartmentRule Rule = new();

    [Fact]
    public void Check_ProjectsExceedProjectSpending_ReportsOnDepartment()
    {
        var department = Department(100m);

        var finding = Assert.Single(FindingsOf(Rule, Document(department, Project("甲项目", 60), Project("乙项目", 50, line: 40))));

        Assert.Equal("DOC-PROJECTS-OVER-DEPARTMENT", finding.RuleId);
        Assert.Same(department, finding.Sheet);
        Assert.Contains("110.00万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DevelopmentSpendingCounts_NoFinding()
    {
        var department = Department(100m) with
        {
            Budget = new Budget { ProjectSpending = Jixiao.Core.Targets.Money.Wan(100), OtherLines = [new BudgetLine("其他事业发展性支出", Jixiao.Core.Targets.Money.Wan(20))] },
        };

        Assert.Empty(FindingsOf(Rule, Document(department, Project("甲项目", 60), Project("乙项目", 50, line: 40))));
    }

    [Fact]
    public void Check_FewerProjectsThanDeclared_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Department(3072.79m), Project("甲项目", 30), Project("乙项目", 40, line: 40))));

    [Fact]
    public void Check_NoDepartmentSheet_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Project("甲项目", 60), Project("乙项目", 50, line: 40))));
}
