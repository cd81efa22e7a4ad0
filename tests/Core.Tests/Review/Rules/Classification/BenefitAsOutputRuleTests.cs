using Jixiao.Core.Review.Rules.Classification;

namespace Jixiao.Core.Tests.Review.Rules.Classification;

public class BenefitAsOutputRuleTests
{
    private static readonly BenefitAsOutputRule Rule = new();

    [Theory]
    [InlineData("劳动力稳定就业率", "≥60%", "效益指标/社会效益指标")]
    [InlineData("再就业人数增长率", "≥5%", "效益指标")]
    public void Check_BenefitNameUnderOutput_Reported(string name, string value, string belongs)
    {
        var finding = Assert.Single(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("产出指标", "质量指标", name, value))));

        Assert.Contains($"应放在{belongs}下", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project()));

    [Theory]
    [InlineData("受益人数", "≥200人")] // counted beneficiaries are a usual output
    [InlineData("提高培训质量", "有效提高")] // only a weak hint
    public void Check_WeakBenefitHintUnderOutput_NoFinding(string name, string value) =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("产出指标", "数量指标", name, value))));
}
