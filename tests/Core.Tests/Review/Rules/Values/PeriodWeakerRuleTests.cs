using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class PeriodWeakerRuleTests
{
    private static readonly PeriodWeakerRule Rule = new();

    private static Jixiao.Core.Targets.Indicator WithPeriod(string name, string annual, string period) =>
        Row("产出指标", "数量指标", name, annual) with { PeriodValue = Jixiao.Core.Values.TargetValueParser.Parse(period) };

    [Theory]
    [InlineData("培训人数", "≥200人", "≥100人")]
    [InlineData("培训合格率", "≥95%", "≥90%")]
    [InlineData("投诉率", "≤1%", "≤2%")]
    [InlineData("项目成本", "≤50万元", "≤30万元")]
    public void Check_PeriodAsksLess_Reported(string name, string annual, string period) =>
        Assert.Single(FindingsOf(Rule, Project().With(WithPeriod(name, annual, period))));

    [Theory]
    [InlineData("培训人数", "≥200人", "≥600人")]
    [InlineData("培训合格率", "≥95%", "≥95%")]
    [InlineData("投诉率", "≤1%", "≤0.5%")]
    [InlineData("培训人数", "≥200人", "≥1万人")]
    [InlineData("考试场数", "大于等于两场", "大于等于两场")]
    public void Check_PeriodAtLeastAsStrictOrUnitsDiffer_NotReported(string name, string annual, string period) =>
        Assert.Empty(FindingsOf(Rule, Project().With(WithPeriod(name, annual, period))));
}
