using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class FullFloorRuleTests
{
    private static readonly FullFloorRule Rule = new();

    [Theory]
    [InlineData("违规资金追回率")]
    [InlineData("案件结案率")]
    [InlineData("任务完成率")]
    public void Check_BoundedRateWithFloorOf100_Reports(string name)
    {
        var finding = Assert.Single(FindingsOf(Rule, Project([.. Complete88(), Row("产出指标", "质量指标", name, "≥100%", 20)])));

        Assert.Contains("=100%", finding.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("任务完成率", "=100%")]
    [InlineData("任务完成率", "≥95%")]
    [InlineData("服务对象满意度", "≥100%")]
    [InlineData("就业人数增长率", "≥100%")]
    public void Check_ExactOrReachableOrOtherRate_NoFinding(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project([.. Complete88(), Row("产出指标", "质量指标", name, value, 20)])));
}
