using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class QuantityNotCountRuleTests
{
    private static readonly QuantityNotCountRule Rule = new();

    [Theory]
    [InlineData("培训覆盖率", "100%", "百分比")]
    [InlineData("是否完成培训", "是", "是否判断")]
    [InlineData("培训工作", "按要求完成", "文字表述")]
    [InlineData("培训经费", "≤20万元", "金额")]
    public void Check_QuantityRowWithoutCount_Reports(string name, string value, string what)
    {
        var finding = Assert.Single(FindingsOf(Rule, Project([.. Complete88(), Row("产出指标", "数量指标", name, value, 20)])));

        Assert.Equal(QuantityNotCountRule.Id, finding.RuleId);
        Assert.Contains(what, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("≥200人")]
    [InlineData("12次")]
    [InlineData("≥1.5万人次")]
    public void Check_QuantityRowWithCount_NoFinding(string value) =>
        Assert.Empty(FindingsOf(Rule, Project([.. Complete88(), Row("产出指标", "数量指标", "培训人数", value, 20)])));

    [Fact]
    public void Check_PercentUnderQuality_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));

    [Theory]
    [InlineData("免费开放天数", "=300天", false)]
    [InlineData("培训天数", "≥5天", false)]
    [InlineData("平台建设时间", "≤24月", true)]
    public void Check_DaysCountedByTheName_AreAQuantity(string name, string value, bool reported) =>
        Assert.Equal(reported ? 1 : 0, FindingsOf(new QuantityNotCountRule(), Project().With(Row("产出指标", "数量指标", name, value, 20))).Count);
}
