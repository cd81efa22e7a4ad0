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
}
