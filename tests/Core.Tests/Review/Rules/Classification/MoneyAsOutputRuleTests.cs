using Jixiao.Core.Review.Rules.Classification;

namespace Jixiao.Core.Tests.Review.Rules.Classification;

public class MoneyAsOutputRuleTests
{
    private static readonly MoneyAsOutputRule Rule = new();

    [Fact]
    public void Check_CostAmountUnderQuantity_Reported()
    {
        // 002 CA证书使用费用: 证书使用费用 ≤18万元 under 数量指标.
        var finding = Assert.Single(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("产出指标", "数量指标", "证书使用费用", "≤18万元"))));

        Assert.Contains("“证书使用费用”从名称看是成本指标（“费用”）", finding.Message, StringComparison.Ordinal);
        Assert.Contains("应放在产出指标/成本指标下", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project()));

    [Theory]
    [InlineData("质量指标", "资金使用合规率", "100%")] // money word, no money unit: 质量
    [InlineData("数量指标", "创业担保贷款发放额", "≥1000万元")] // a loan volume is an output
    [InlineData("数量指标", "贷款金额", "≥1000万")] // 万 alone is not money
    public void Check_NotACostAmount_NoFinding(string level2, string name, string value) =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("产出指标", level2, name, value))));
}
