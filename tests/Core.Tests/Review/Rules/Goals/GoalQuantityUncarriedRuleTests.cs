using Jixiao.Core.Review.Rules.Goals;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Goals;

public class GoalQuantityUncarriedRuleTests
{
    private static readonly GoalQuantityUncarriedRule Rule = new();

    [Fact]
    public void Check_GoalCountNoIndicatorCarries_Reports()
    {
        var sheet = Project().WithGoals("全年开展职业技能培训200人，新增就业见习岗位50个。");

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.Contains("50个", finding.Message, StringComparison.Ordinal);
        Assert.Contains("≥50个", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GoalCountCarriedByIndicator_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals("全年开展职业技能培训200人。")));

    [Theory]
    [InlineData("培训合格率达到95%以上。")]
    [InlineData("2024年底前拨付资金30万元。")]
    [InlineData("用3个月完成培训。")]
    public void Check_GoalWithRateMoneyOrDuration_NoFinding(string goal) =>
        Assert.Empty(FindingsOf(Rule, Project().WithGoals(goal)));
}
