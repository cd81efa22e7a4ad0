using Jixiao.Core.Review.Rules.Structure;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class UnknownLevel2RuleTests
{
    [Fact]
    public void Check_FreeTextLevel2_ReportedWithTheCategoriesItShouldBe()
    {
        var finding = Assert.Single(TestSheets.FindingsOf(new UnknownLevel2Rule(),
            TestSheets.Project().With(TestSheets.Row("产出指标", "服务指标", "服务人次", "≥500人次"))));

        Assert.Contains("“服务指标”不是88号指标体系的二级指标", finding.Message, StringComparison.Ordinal);
        Assert.Contains("数量指标、质量指标、时效指标、成本指标", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_101CategoryOnAn88Sheet_SaysWhichFramework()
    {
        var finding = Assert.Single(TestSheets.FindingsOf(new UnknownLevel2Rule(),
            TestSheets.Project().With(TestSheets.Row("产出指标", "经济成本指标", "培训成本", "≤50万元"))));

        Assert.Contains("是101号指标体系的分类", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CostUnderOutputOnA101Sheet_SaysCostIsLevel1There()
    {
        var sheet = TestSheets.Project() with { Framework = FrameworkVersion.V101 };

        var finding = Assert.Single(TestSheets.FindingsOf(new UnknownLevel2Rule(), sheet));

        Assert.Contains("“成本指标”在101号指标体系中是一级指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(new UnknownLevel2Rule(), TestSheets.Project()));

    [Fact]
    public void Check_BlankLevel2OrSatisfactionRepeated_LeftAlone() =>
        Assert.Empty(TestSheets.FindingsOf(new UnknownLevel2Rule(), TestSheets.Project().With(
            TestSheets.Row("满意度指标", null, "群众满意度", "≥95%"),
            TestSheets.Row("满意度指标", "满意度指标", "学员满意度", "≥95%"),
            TestSheets.Row("满意度指标", "社会公众", "学生满意度", "≥95%"))));
}
