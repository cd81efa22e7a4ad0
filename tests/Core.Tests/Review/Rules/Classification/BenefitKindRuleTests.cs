using Jixiao.Core.Review;
using Jixiao.Core.Review.Rules.Classification;

namespace Jixiao.Core.Tests.Review.Rules.Classification;

public class BenefitKindRuleTests
{
    private static readonly BenefitKindRule Rule = new();

    [Fact]
    public void Check_EmploymentRateUnderEconomicBenefit_ReportedAsInfo()
    {
        var finding = Assert.Single(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("效益指标", "经济效益指标", "高校毕业生就业率", "≥90%"))));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("应放在效益指标/社会效益指标下", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project()));

    [Theory]
    [InlineData("经济效益指标", "社保基金可持续运行", "≥95%")] // 可持续影响 mixes with every kind: not judged
    [InlineData("经济效益指标", "就业带动增长率", "≥20%")] // 增长率 does not say which kind
    [InlineData("社会效益指标", "群众再就业政策知晓率", "≥90%")]
    public void Check_UnjudgedOrWellPlaced_NoFinding(string level2, string name, string value) =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("效益指标", level2, name, value))));
}
