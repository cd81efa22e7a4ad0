using Jixiao.Core.Review.Rules.Money;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Money;

using Money = Jixiao.Core.Targets.Money;

public class CostNoAmountRuleTests
{
    private static readonly CostNoAmountRule Rule = new();

    [Theory]
    [InlineData("考试成本（万元）", "在预算范围内")]
    [InlineData("社会保险补贴人均标准", "原则上不超过社会保险费实际缴费金额的三分之二")]
    [InlineData("预算控制率", "≤100%")]
    public void Check_CostWithoutAmount_Reported(string name, string value) =>
        Assert.Single(FindingsOf(Rule, Project().With(Row("产出指标", "成本指标", name, value))));

    [Theory]
    [InlineData("产出指标", "成本指标", "项目成本", "≤18万元")]
    [InlineData("产出指标", "成本指标", "项目成本", null)]
    [InlineData("产出指标", "质量指标", "预算控制", "在预算范围内")]
    public void Check_AmountMissingOrNotCost_NotReported(string level1, string level2, string name, string? value) =>
        Assert.Empty(FindingsOf(Rule, Project().With(Row(level1, level2, name, value))));

    [Theory]
    [InlineData("项目总投入(≥**万元)", "6070")]
    [InlineData("补助成本(≤**元/株)", "≤28.40/株")]
    [InlineData("培训成本（万元）", "12")]
    public void Check_AmountWhoseUnitTheNameStates_NotReported(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project().With(Row("产出指标", "成本指标", name, value))));
}
