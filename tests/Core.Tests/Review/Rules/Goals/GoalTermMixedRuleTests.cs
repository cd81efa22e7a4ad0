using Jixiao.Core.Review.Rules.Goals;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Goals;

public class GoalTermMixedRuleTests
{
    private static readonly GoalTermMixedRule Rule = new();

    private static TargetSheet MultiYear(params Goal[] goals) => Project().WithGoals(goals) with
    {
        FiscalYear = 2023,
        Period = new ImplementationPeriod("2023-01-01至2024-12-31", 2023, 2024),
    };

    [Fact]
    public void Check_AnnualGoalReachesLaterYear_Reports()
    {
        var finding = Assert.Single(FindingsOf(Rule, Project().WithGoals("到2026年累计培训1000人。")));

        Assert.Equal("GOAL-TERM-MIXED", finding.RuleId);
        Assert.Contains("2026", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MultiYearIdenticalGoals_Reports() =>
        Assert.Single(FindingsOf(Rule, MultiYear(GoalSheets.Period("目标1：建成档案数字化平台。"), GoalSheets.Annual("目标1：建成档案数字化平台。"))));

    [Fact]
    public void Check_MultiYearOnlyAnnualClaimingCompletion_Reports()
    {
        var sheet = MultiYear(GoalSheets.Annual("干部人事档案数字化平台搭建完成。")) with
        {
            Plans = [new PlanItem("2023年10月开始实施，到2024年底完成数字采集工作", SourcePosition.Line(6))],
        };

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.Contains("2024年底完成", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));

    [Fact]
    public void Check_SingleYearIdenticalGoals_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals(GoalSheets.Period("目标1：年内培训200人。"), GoalSheets.Annual("目标1：年内培训200人。"))));

    [Fact]
    public void Check_MultiYearDistinctGoals_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, MultiYear(GoalSheets.Period("两年内建成平台并录入全部档案。"), GoalSheets.Annual("2023年完成平台搭建。"))));

    [Fact]
    public void Check_DocumentNumberYear_NotAGoalYear() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("按〔2025〕文件要求培训200人。")));
}
