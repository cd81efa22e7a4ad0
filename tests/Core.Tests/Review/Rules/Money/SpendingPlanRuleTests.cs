using Jixiao.Core.Review.Rules.Money;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Money;

using Money = Jixiao.Core.Targets.Money;

public class SpendingPlanRuleTests
{
    private static readonly SpendingPlanRule Rule = new();

    private static TargetSheet WithPlan(params decimal[] percents) => Project() with
    {
        SpendingPlan = [.. percents.Select((p, i) => new SpendingPlanPoint(new[] { "3月底", "6月底", "10月底", "12月底" }[i], p, SourcePosition.Line(30 + i)))],
    };

    [Theory]
    [InlineData(25, 50, 40, 100)]
    [InlineData(25, 50, 75, 90)]
    [InlineData(25, 50, 75, 120)]
    public void Check_FallingShortOrOverfull_Reported(decimal a, decimal b, decimal c, decimal d) =>
        Assert.Single(FindingsOf(Rule, WithPlan(a, b, c, d)));

    [Fact]
    public void Check_CumulativeToFull_NotReported()
    {
        Assert.Empty(FindingsOf(Rule, WithPlan(25, 50, 75, 100)));
        Assert.Empty(FindingsOf(Rule, WithPlan(0, 0, 100, 100)));
        Assert.Empty(FindingsOf(Rule, WithPlan(25, 50)));
        Assert.Empty(FindingsOf(Rule, Project()));
    }
}
