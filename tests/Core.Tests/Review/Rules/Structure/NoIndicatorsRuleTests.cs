using Jixiao.Core.Review.Rules.Structure;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class NoIndicatorsRuleTests
{
    [Fact]
    public void Check_SheetWithoutIndicators_ReportsOnce()
    {
        var finding = Assert.Single(TestSheets.FindingsOf(new NoIndicatorsRule(), TestSheets.Project([])));

        Assert.Equal("STR-NO-INDICATORS", finding.RuleId);
        Assert.Null(finding.Indicator);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(new NoIndicatorsRule(), TestSheets.Project()));

    [Fact]
    public void Check_SingleIndicator_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(new NoIndicatorsRule(), TestSheets.Project([TestSheets.Row("产出指标", "数量指标", "培训人数", "≥200人")])));
}
