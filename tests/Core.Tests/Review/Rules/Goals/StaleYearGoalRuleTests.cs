using Jixiao.Core.Review.Rules.Goals;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Goals;

public class StaleYearGoalRuleTests
{
    private static readonly StaleYearGoalRule Rule = new();

    [Fact]
    public void Check_KeyTaskNamesLastYear_Reports()
    {
        var task = new KeyTask("任务2", "三支一扶高校毕业生工作生活补贴", Jixiao.Core.Targets.Money.Wan(72), "该项资金用于2023年在岗三支一扶人员县级每月生活补助。", SourcePosition.Line(17));
        var sheet = Project() with { Kind = SheetKind.Department, KeyTasks = [task] };

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.Equal("GOAL-STALE-YEAR", finding.RuleId);
        Assert.Contains("2023年", finding.Message, StringComparison.Ordinal);
        Assert.Equal(SourcePosition.Line(17), finding.Position);
    }

    [Fact]
    public void Check_GoalNamesLastYear_Reports() =>
        Assert.Single(FindingsOf(Rule, Project().WithGoals("完成2023年度职业技能培训200人。")));

    [Fact]
    public void Check_CompleteSheet_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));

    [Theory]
    [InlineData("就业人数较2023年增长5%。")]
    [InlineData("2023年以来累计培训1000人。")]
    [InlineData("根据湛人社〔2019〕76号文件，补贴200人。")]
    [InlineData("完成2024年培训200人。")]
    public void Check_BaselineOrCurrentYear_NoFinding(string goal) =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals(goal)));

    [Theory]
    [InlineData("因财政资金紧张,结转2024年六运会项目资金，用于举办全省常规赛。")]
    [InlineData("截至2024年底累计完成培训5000人，本年度再完成1000人。")]
    public void Check_CarryOverOrBaselineYear_NoFinding(string goal) =>
        Assert.Empty(FindingsOf(Rule, Project() with { FiscalYear = 2025 }).Concat(FindingsOf(Rule, (Project() with { FiscalYear = 2025 }).WithGoals(goal))));
}
