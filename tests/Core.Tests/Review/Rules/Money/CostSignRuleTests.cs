using Jixiao.Core.Review.Rules.Money;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Money;

using Money = Jixiao.Core.Targets.Money;

public class CostSignRuleTests
{
    private static readonly CostSignRule Rule = new();

    [Theory]
    [InlineData("创业担保贷款贴息金额", "≥300万元", "下限")]
    [InlineData("日常公用经费开支标准", "30万元", "没有写")]
    public void Check_CostAsFloorOrUnsigned_Reported(string name, string value, string says)
    {
        var finding = Assert.Single(FindingsOf(Rule, Project(budgetWan: 500m).With(Row("产出指标", "成本指标", name, value))));

        Assert.Contains(says, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("产出指标", "成本指标", "项目成本", "≤18万元")]
    [InlineData("产出指标", "成本指标", "公益性岗位补贴人均标准", "2004元/人/月")]
    [InlineData("产出指标", "数量指标", "创业担保贷款发放额", "≥1000万元")]
    [InlineData("效益指标", "经济效益指标", "带动增收金额", "≥100万元")]
    [InlineData("产出指标", "成本指标", "成本节约率", "≥5%")]
    public void Check_CeilingStandardOrNotCost_NotReported(string level1, string level2, string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project(budgetWan: 500m).With(Row(level1, level2, name, value))));
}
