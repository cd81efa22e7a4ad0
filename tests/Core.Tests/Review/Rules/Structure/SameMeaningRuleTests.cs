using Jixiao.Core.Review.Rules.Structure;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class SameMeaningRuleTests
{
    private static readonly SameMeaningRule Rule = new();

    [Fact]
    public void Check_TwoNamesSameFormula_Reports()
    {
        var sheet = Project(
        [
            .. Complete88(),
            Row("效益指标", "社会效益指标", "就业困难人员帮扶率", "≥95%", 20) with { Formula = "实际帮扶人数/应帮扶人数×100%" },
            Row("效益指标", "社会效益指标", "困难群体帮扶比例", "≥90%", 21) with { Formula = "实际帮扶人数 / 应帮扶人数 × 100%" },
        ]);

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.Equal("困难群体帮扶比例", finding.Indicator?.Name);
        Assert.Contains("第8行“就业困难人员帮扶率”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DifferentFormulas_NoFinding() => Assert.Empty(FindingsOf(Rule, Project(
    [
        Row("效益指标", "社会效益指标", "就业困难人员帮扶率", "≥95%", 20) with { Formula = "实际帮扶人数/应帮扶人数×100%" },
        Row("效益指标", "社会效益指标", "参训人员就业率", "≥60%", 21) with { Formula = "就业人数/参训人数×100%" },
    ])));

    [Fact]
    public void Check_DescriptionsThatRepeatTheirNames_NoFinding() => Assert.Empty(FindingsOf(Rule, Project(
    [
        Row("产出指标", "数量指标", "财政资金到位金额统计", "8万元", 20) with { Description = "财政资金到位金额统计" },
        Row("产出指标", "数量指标", "社保补贴发放人数统计", "≥8人", 21) with { Description = "社保补贴发放人数统计" },
    ])));

    [Fact]
    public void Check_SameCountingMethodOfTwoCounts_NoFinding() => Assert.Empty(FindingsOf(Rule, Project(
    [
        Row("产出指标", "数量指标", "助学金资助人数", "≥3950人", 20) with { Description = "每学期实际核定人数" },
        Row("产出指标", "数量指标", "精准扶贫资助人数", "≥300人", 21) with { Description = "每学期实际核定人数" },
    ])));

    [Fact]
    public void Check_SameRatioDefinitionInDescriptions_Reports() => Assert.Single(FindingsOf(Rule, Project(
    [
        Row("效益指标", "社会效益指标", "创业担保贷款回收率", "≥95%", 20) with { Description = "担保贷款到期实际偿还金额/担保贷款到期应偿还金额×100%" },
        Row("效益指标", "可持续影响指标", "贷款到期回收率", "≥95%", 21) with { Description = "担保贷款到期实际偿还金额/担保贷款到期应偿还金额×100%" },
    ])));

    [Fact]
    public void Check_ScoringNoteSharedByEveryRow_IsNoSharedDefinition()
    {
        var sheet = TestSheets.Project(
        [
            TestSheets.Row("产出指标", "数量指标", "业务工作支出安排金额", "28.8万元", 10) with { Formula = "未达指标值酌情扣分" },
            TestSheets.Row("产出指标", "质量指标", "业务工作支出到位率", "100%", 11) with { Formula = "未达指标值酌情扣分" },
        ]);

        Assert.Empty(TestSheets.FindingsOf(new SameMeaningRule(), sheet));
    }
}
