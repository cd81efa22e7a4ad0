using Jixiao.Core.Review.Rules.Goals;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Goals;

public class UnrelatedGoalRuleTests
{
    private static readonly UnrelatedGoalRule Rule = new();

    [Fact]
    public void Check_GoalAboutSomethingElse_Reports()
    {
        var sheet = Project().WithGoals("目标2：通过印刷政策宣传资料、制作短视频等形式，广泛开展就业创业政策宣传和岗位推介活动；");

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.Equal("GOAL-UNRELATED", finding.RuleId);
        Assert.Contains("职业技能培训项目", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));

    [Fact]
    public void Check_ShortGoal_LeftToVagueRule() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("为企业纾困解难。")));

    [Fact]
    public void Check_GoalEchoedByIndicatorDescription_NoFinding()
    {
        var row = Row("产出指标", "质量指标", "资金到位率", "≥95%") with { Description = "用于完成养老保险、医疗保险的代收工作比率" };
        var sheet = Project([row]).WithGoals("1.用于完成养老保险、医疗保险的代收工作，做好人才市场服务");

        Assert.Empty(FindingsOf(Rule, sheet));
    }

    [Fact]
    public void Check_DepartmentSheet_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project() with { Kind = Jixiao.Core.Targets.SheetKind.Department, Goals = [GoalSheets.Annual("保障正常办公、生活秩序；落实政策措施，稳定和扩大就业；推进社保体系建设")] }));
}
