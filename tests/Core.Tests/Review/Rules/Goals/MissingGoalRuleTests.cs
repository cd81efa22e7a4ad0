using Jixiao.Core.Review.Rules.Goals;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Goals;

public class MissingGoalRuleTests
{
    private static readonly MissingGoalRule Rule = new();

    [Fact]
    public void Check_NoGoal_Reports()
    {
        var finding = Assert.Single(FindingsOf(Rule, Project() with { Goals = [] }));

        Assert.Equal("GOAL-MISSING", finding.RuleId);
        Assert.Contains("没有填写绩效目标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OnlyEmptyNumbering_Reports() =>
        Assert.Single(FindingsOf(Rule, Project().WithGoals("1.", "目标2：")));

    [Fact]
    public void Check_GoalWritten_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));

    [Fact]
    public void Check_EmptyNumberingBesideRealGoal_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("1.", "目标1：年内培训200人。")));
}
