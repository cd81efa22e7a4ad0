using Jixiao.Core.Review.Rules.Goals;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Goals;

public class PurposeOnlyGoalRuleTests
{
    private static readonly PurposeOnlyGoalRule Rule = new();

    [Theory]
    [InlineData("目标1：该项经费主要用于企业职工养老保险扩面征缴宣传动员等方面，以便增强企业和参保人的参保意识。")]
    [InlineData("1.用于事业单位招聘工作。")]
    [InlineData("1.资金按规定用于职业培训补贴、职业技能鉴定补贴等支出。")]
    [InlineData("1.目标1：资金按规定用于职业培训补贴、职业技能鉴定补贴等支出。")]
    public void Check_GoalRestatesFundUse_Reports(string goal)
    {
        var finding = Assert.Single(FindingsOf(Rule, Project().WithGoals(goal)));

        Assert.Equal("GOAL-PURPOSE-ONLY", finding.RuleId);
        Assert.Contains("资金用途", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));

    [Fact]
    public void Check_FundUseWithQuantity_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("该项资金用于1326人公益性岗位补贴，按月足额发放。")));

    [Fact]
    public void Check_LaterGoalStatesQuantity_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("1.用于职业技能培训。", "目标2：全年培训200人，合格率95%以上。")));

    [Fact]
    public void Check_ResultWithoutNumber_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("开展劳动保障监察执法工作，有效维护劳动者合法权益，促进和谐劳动关系。")));
}
