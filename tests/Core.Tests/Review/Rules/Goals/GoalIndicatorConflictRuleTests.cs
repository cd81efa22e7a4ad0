using Jixiao.Core.Review.Rules.Goals;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Goals;

public class GoalIndicatorConflictRuleTests
{
    private static readonly GoalIndicatorConflictRule Rule = new();

    [Fact]
    public void Check_GoalPromisesMoreThanIndicator_ReportsOnIndicator()
    {
        var sheet = Project().WithGoals("目标1：年内组织企业入驻孵化3家以上；").With(Row("产出指标", "数量指标", "入驻企业数", "≥2家", 20));

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.Equal("GOAL-INDICATOR-CONFLICT", finding.RuleId);
        Assert.Equal("入驻企业数", finding.Indicator?.Name);
        Assert.Contains("3家", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TrainingCountsDiffer_Reports() =>
        Assert.Single(FindingsOf(Rule, Project().WithGoals("全年开展职业技能培训180人。")));

    [Fact]
    public void Check_CompleteSheet_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));

    [Fact]
    public void Check_UnrelatedIndicatorOfSameUnit_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("年内通过劳务对接，实现300人以上稳定就业。")));

    [Fact]
    public void Check_IndicatorRepeatsAnotherGoalNumber_NoFinding()
    {
        var sheet = Project().WithGoals("年内按月落实200人培训补贴", "年内新增培训基地培训学员50人。");

        Assert.Empty(FindingsOf(Rule, sheet));
    }

    [Fact]
    public void Check_PercentagesAreLeftToIndicators_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("全年培训200人，培训合格率达到90%以上。")));

    [Fact]
    public void Check_YearIsNotAQuantity_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("完成2024年培训人数目标任务。")));
}
