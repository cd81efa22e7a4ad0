using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class NoUnitRuleTests
{
    private static readonly NoUnitRule Rule = new();

    [Theory]
    [InlineData("报考人数", "≥20000")]
    [InlineData("检查任务量", "50")]
    [InlineData("本年度创业担保贷款贴息拨付数", "≥50万")]
    [InlineData("新建(2024年)项目数量", "12")]
    public void Check_NumberWithoutUnit_Reported(string name, string value)
    {
        var finding = Assert.Single(FindingsOf(Rule, Project().With(Row("产出指标", "数量指标", name, value))));

        Assert.Contains(value, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("报考人数", "≥20000人")]
    [InlineData("执法巡查覆盖辖区数量（个）", "10")]
    [InlineData("创业担保基金放大倍数", "≥5")]
    [InlineData("重大群体性事件数量", "0")]
    [InlineData("补贴发放准确率", "1")]
    [InlineData("开展修复工程(个)反映防洪水利设施水毁修复项目开展情况", "≥11")]
    public void Check_UnitPresentImpliedOrZero_NotReported(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project().With(Row("产出指标", "数量指标", name, value))));
}
