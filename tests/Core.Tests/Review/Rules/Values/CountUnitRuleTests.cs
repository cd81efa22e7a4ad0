using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class CountUnitRuleTests
{
    private static readonly CountUnitRule Rule = new();

    [Theory]
    [InlineData("创业担保贷款发放笔数", "≥1000万元")]
    [InlineData("考核合格的“三支一扶”人员数量（%）", "95%")]
    [InlineData("培训人数", "95%")]
    public void Check_CountInPercentOrMoney_Reported(string name, string value)
    {
        var finding = Assert.Single(FindingsOf(Rule, Project().With(Row("产出指标", "数量指标", name, value))));

        Assert.Equal(name, finding.Indicator?.Name);
        Assert.Contains(value, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("培训人数", "≥200人")]
    [InlineData("因就业问题发生重大群体性事件数量", "0%")]
    [InlineData("享受补贴人数占比", "≥95%")]
    [InlineData("困难人员数量比例", "≥60%")]
    public void Check_CountInCountsOrShareName_NotReported(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project().With(Row("产出指标", "数量指标", name, value))));
}
