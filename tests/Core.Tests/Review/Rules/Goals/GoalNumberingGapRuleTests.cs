using Jixiao.Core.Review.Rules.Goals;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Goals;

public class GoalNumberingGapRuleTests
{
    private static readonly GoalNumberingGapRule Rule = new();

    [Fact]
    public void Check_OnlyGoal3_ReportsMissing1And2()
    {
        var finding = Assert.Single(FindingsOf(Rule, Project().WithGoals("目标3：积极培育劳务派遣机构、劳务经纪人，提高就业的质量和规模。")));

        Assert.Equal("GOAL-NUMBERING-GAP", finding.RuleId);
        Assert.Contains("缺少目标1、目标2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Gap_Reports() =>
        Assert.Single(FindingsOf(Rule, Project().WithGoals("目标1：培训200人。", "目标3：就业率60%。")));

    [Fact]
    public void Check_Consecutive_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("目标1：培训200人。", "目标2：就业率60%。")));

    [Fact]
    public void Check_FirstNumberedWithDigitSecondWithWord_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("1.资金按规定用于职业培训补贴。", "目标2：确保完成年度城镇新增就业目标任务。")));

    [Fact]
    public void Check_UnnumberedGoals_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));

    [Fact]
    public void Check_VersionNumberInText_NotAGoalNumber() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("3.0、4.0政策落实到位。")));

    [Fact]
    public void Check_EachTermNumberedOnItsOwn_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals(GoalSheets.Period("目标1：三年培训600人。"), GoalSheets.Annual("目标1：年内培训200人。"))));
}
