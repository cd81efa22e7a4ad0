using Jixiao.Core.Review.Rules.Structure;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class UnknownLevel1RuleTests
{
    [Fact]
    public void Check_FreeTextLevel1_ReportedOncePerText()
    {
        var sheet = TestSheets.Project().With(
            TestSheets.Row("工作指标", "数量指标", "走访企业数", "≥20家", 20),
            TestSheets.Row("工作指标", "质量指标", "走访记录完整率", "100%", 21));

        var finding = Assert.Single(TestSheets.FindingsOf(new UnknownLevel1Rule(), sheet));

        Assert.Contains("“工作指标”不是88号指标体系的一级指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CostAsLevel1OnAn88Sheet_SaysItIsALevel2()
    {
        var sheet = TestSheets.Project().With(TestSheets.Row("成本指标", "经济成本指标", "培训成本", "≤50万元"));

        var finding = Assert.Single(TestSheets.FindingsOf(new UnknownLevel1Rule(), sheet));

        Assert.Contains("二级指标（属于产出指标）", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BlankLevel1_Reported() =>
        Assert.Contains("没有一级指标", Assert.Single(TestSheets.FindingsOf(new UnknownLevel1Rule(),
            TestSheets.Project().With(TestSheets.Row("", "数量指标", "培训场次", "≥4场")))).Message, StringComparison.Ordinal);

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(new UnknownLevel1Rule(), TestSheets.Project()));

    [Fact]
    public void Check_CostAsLevel1OnA101Sheet_NoFinding()
    {
        var sheet = TestSheets.Project() with { Framework = FrameworkVersion.V101 };
        sheet = sheet.With(TestSheets.Row("成本指标", "经济成本指标", "培训成本", "≤50万元"));

        Assert.DoesNotContain(TestSheets.FindingsOf(new UnknownLevel1Rule(), sheet), f => f.Indicator?.Name == "培训成本");
    }

    [Fact]
    public void Check_OldSynonymsOfLevel1_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(new UnknownLevel1Rule(), TestSheets.Project().With(
            TestSheets.Row("项目完成指标", "数量指标", "培训场次", "≥4场"), TestSheets.Row("一、效益指标", "社会效益指标", "知晓率", "≥90%"))));

    /// <summary>The 中央预算内投资计划绩效目标表: 实施效果指标 | 产出指标 | …, 过程管理指标 | 资金管理指标 | ….</summary>
    private static TargetSheet InvestmentPlan() => TestSheets.Project(
    [
        TestSheets.Row("实施效果指标", "产出指标", "新建村组道路里程", "≥12公里", 10),
        TestSheets.Row("实施效果指标", "效益指标", "受益群众人数", "≥3000人", 11),
        TestSheets.Row("实施效果指标", "满意度指标", "受益群众满意度", "≥90%", 12),
        TestSheets.Row("过程管理指标", "资金管理指标", "中央预算内投资支付率", "≥90%", 13),
        TestSheets.Row("过程管理指标", "监督检查指标", "审计指出问题项目比例", "0", 14),
    ]);

    [Fact]
    public void Check_InvestmentPlanForm_ItsGroupsAreNotUnknownCategories()
    {
        var sheet = InvestmentPlan();

        Assert.Empty(TestSheets.FindingsOf(new UnknownLevel1Rule(), sheet));
        Assert.Empty(TestSheets.FindingsOf(new UnknownLevel2Rule(), sheet));
        Assert.Empty(TestSheets.FindingsOf(new MissingLevel1Rule(), sheet));
    }

    [Fact]
    public void Check_InvestmentPlanFormWithoutSatisfaction_StillMissesIt()
    {
        var sheet = InvestmentPlan() with { Indicators = [.. InvestmentPlan().Indicators.Where(i => i.Level2 != "满意度指标")] };

        var finding = Assert.Single(TestSheets.FindingsOf(new MissingLevel1Rule(), sheet));
        Assert.Contains("缺少满意度指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FormWithoutCategoryColumns_OneDoubtfulWarningAndNoMissingLevel1()
    {
        var sheet = TestSheets.Project(
        [
            TestSheets.Row("", null, "发放人数", "≥100人", 10),
            TestSheets.Row("", null, "按月发放", "=12次", 11),
            TestSheets.Row("", null, "本土人才满意度", "≥95%", 12),
        ]);

        var finding = Assert.Single(TestSheets.FindingsOf(new UnknownLevel1Rule(), sheet));
        Assert.Equal(Jixiao.Core.Review.Severity.Warning, finding.Severity);
        Assert.Contains("3 项指标都没有一级、二级指标", finding.Message, StringComparison.Ordinal);
        Assert.Empty(TestSheets.FindingsOf(new MissingLevel1Rule(), sheet));
    }

    [Fact]
    public void Check_OneRowWithoutLevel1AmongClassifiedRows_StillAnError()
    {
        var sheet = TestSheets.Project().With(TestSheets.Row("", null, "走访企业数", "≥20家", 20));

        var finding = Assert.Single(TestSheets.FindingsOf(new UnknownLevel1Rule(), sheet));
        Assert.Equal(Jixiao.Core.Review.Severity.Error, finding.Severity);
    }
}
