using Jixiao.Core.Review.Rules.Goals;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Goals;

public class VagueGoalRuleTests
{
    private static readonly VagueGoalRule Rule = new();

    [Fact]
    public void Check_ShortGoalWithoutResult_Reports()
    {
        var finding = Assert.Single(FindingsOf(Rule, Project().WithGoals("1.为企业纾困解难，减轻负担。")));

        Assert.Equal("GOAL-VAGUE", finding.RuleId);
        Assert.Contains("为企业纾困解难", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));

    [Fact]
    public void Check_ShortGoalWithQuantity_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("慰问退休干部6人。")));

    [Fact]
    public void Check_LongProseGoal_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("开展劳动保障监察执法工作，有效维护劳动者合法权益，促进企业和劳动者形成和谐劳动关系。")));

    [Fact]
    public void Check_PurposeOnlyGoal_LeftToPurposeRule() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("1.用于招聘工作。")));

    [Fact]
    public void Check_NoGoal_LeftToMissingRule() => Assert.Empty(FindingsOf(Rule, Project() with { Goals = [] }));
}
