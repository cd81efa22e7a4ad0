using Jixiao.Core.Review.Rules.Document;
using static Jixiao.Core.Tests.Review.Rules.DocumentFamily.DocumentSheets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.DocumentFamily;

public class KeyTaskWithoutProjectRuleTests
{
    private static readonly KeyTaskWithoutProjectRule Rule = new();

    [Fact]
    public void Check_TaskWithoutSheet_ReportsOnDepartment()
    {
        var department = Department(null, Task("三支一扶高校毕业生工作生活补贴", 72), Task("就业创业政策性补贴和专项服务补助", 170, "任务2"));
        var document = Document(department, Project("三支一扶高校毕业生工作生活补贴", 72));

        var finding = Assert.Single(FindingsOf(Rule, document));

        Assert.Equal("DOC-TASK-NO-PROJECT", finding.RuleId);
        Assert.Same(department, finding.Sheet);
        Assert.Contains("就业创业政策性补贴和专项服务补助", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EveryTaskHasSheet_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Department(null, Task("粤菜师傅和南粤家政、广东技工工程费", 100)), Project("粤菜师傅和南粤家政广东技工工程费", 100))));

    [Fact]
    public void Check_NamesDifferByYearAndPunctuation_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Department(null, Task("技工院校县级配套学生资助资金", 28.4m)), Project("2023年技工院校县级配套学生资助资金", 28.4m))));

    [Fact]
    public void Check_TasksDescribedInWords_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Department(null, Task("全面开展职业技能提升行动", 50)), Project("再就业工作经费", 4.25m))));

    [Fact]
    public void Check_DepartmentOnly_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Department(null, Task("三支一扶高校毕业生工作生活补贴", 72)))));
}
