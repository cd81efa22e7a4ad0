using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class PercentOver100RuleTests
{
    private static readonly PercentOver100Rule Rule = new();

    [Fact]
    public void Check_AccuracyAbove100_Reported()
    {
        var finding = Assert.Single(FindingsOf(Rule, Project().With(Row("产出指标", "质量指标", "补贴发放准确率", "≥105%"))));

        Assert.Contains("≥105%", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("补贴发放准确率", "≥100%")]
    [InlineData("就业人数增长率", "≥120%")]
    [InlineData("投入产出倍数", "≥150%")]
    [InlineData("超支率", "≤110%")]
    public void Check_AtMost100GrowthOrCeiling_NotReported(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project().With(Row("产出指标", "质量指标", name, value))));
}
