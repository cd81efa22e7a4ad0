using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class ApproximateSignRuleTests
{
    private static readonly ApproximateSignRule Rule = new();

    [Theory]
    [InlineData("≅700人", "改为 ≥700人")]
    [InlineData("约500人", "改为 ≥500人")]
    [InlineData("200人左右", "改为 ≥200人")]
    public void Check_ApproximateCount_ReportsFloor(string value, string fix)
    {
        var finding = Assert.Single(FindingsOf(Rule, Project([.. Complete88(), Row("产出指标", "数量指标", "补贴人数", value, 20)])));

        Assert.Equal(fix, finding.Fix);
    }

    [Fact]
    public void Check_ApproximateCost_ReportsCeiling()
    {
        var finding = Assert.Single(FindingsOf(Rule, Project([.. Complete88(), Row("产出指标", "成本指标", "培训总成本", "≈30万元", 20)])));

        Assert.Equal("改为 ≤30万元", finding.Fix);
    }

    [Fact]
    public void Check_ApproximateDeadline_ReportsCeiling()
    {
        var finding = Assert.Single(FindingsOf(Rule, Project([.. Complete88(), Row("产出指标", "时效指标", "完成时限", "≅12月", 20)])));

        Assert.Equal("改为 ≤12月", finding.Fix);
    }

    [Theory]
    [InlineData("≥700人")]
    [InlineData("=12次")]
    public void Check_SignedValue_NoFinding(string value) =>
        Assert.Empty(FindingsOf(Rule, Project([.. Complete88(), Row("产出指标", "数量指标", "补贴人数", value, 20)])));
}
