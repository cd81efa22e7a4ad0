using Jixiao.Core.Review.Rules.Classification;

namespace Jixiao.Core.Tests.Review.Rules.Classification;

public class SatisfactionMisplacedRuleTests
{
    private static readonly SatisfactionMisplacedRule Rule = new();

    [Fact]
    public void Check_SatisfactionUnderSocialBenefit_Reported()
    {
        // 004: 人民群众满意度 100% under 效益指标/社会效益指标.
        var finding = Assert.Single(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("效益指标", "社会效益指标", "人民群众满意度", "100%"))));

        Assert.Contains("应放在满意度指标/服务对象满意度指标下", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project()));

    [Fact]
    public void Check_SatisfactionWithoutLevel2UnderSatisfaction_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project().With(TestSheets.Row("满意度指标", null, "群众满意率", "≥95%"))));
}
