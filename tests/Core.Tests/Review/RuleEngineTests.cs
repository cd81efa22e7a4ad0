using Jixiao.Core.Review;
using Jixiao.Core.Review.Rules.Values;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Review;

public class RuleEngineTests
{
    private sealed class ThrowingRule : IndicatorRule
    {
        public override RuleInfo Info { get; } = new("TEST-THROWS", "总是出错", Severity.Error, RuleFamily.Values, "测试");

        public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings) =>
            throw new InvalidOperationException("boom");
    }

    private static TargetSheet RateInPersons() =>
        TestSheets.Project().With(TestSheets.Row("效益指标", "社会效益指标", "就业技能培训就业率", "≥20人", 20));

    [Fact]
    public void Review_RuleThrows_ReportedAndOtherRulesStillRun()
    {
        var engine = new RuleEngine([new ThrowingRule(), new RatePersonRule()], RuleSet.Default);

        var findings = engine.Review(RateInPersons());

        Assert.Contains(findings, f => f.RuleId == RuleFailure.Id && f.Message.Contains("TEST-THROWS", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.RuleId == "VAL-UNIT-RATE-PERSON");
    }

    [Fact]
    public void Review_RuleDisabledInRuleSet_DoesNotRun()
    {
        var set = RuleSetJson.Parse("""{ "rules": { "VAL-UNIT-RATE-PERSON": { "enabled": false } } }""", RuleCatalogue.All).RuleSet!;

        var findings = new RuleEngine(RuleCatalogue.All, set).Review(RateInPersons());

        Assert.DoesNotContain(findings, f => f.RuleId == "VAL-UNIT-RATE-PERSON");
    }

    [Fact]
    public void Review_SeverityOverridden_FindingCarriesNewSeverity()
    {
        var set = RuleSetJson.Parse("""{ "rules": { "VAL-UNIT-RATE-PERSON": { "severity": "info" } } }""", RuleCatalogue.All).RuleSet!;

        var finding = Assert.Single(new RuleEngine(RuleCatalogue.All, set).Review(RateInPersons()), f => f.RuleId == "VAL-UNIT-RATE-PERSON");

        Assert.Equal(Severity.Info, finding.Severity);
    }

    [Fact]
    public void Review_Findings_PointAtTheRowAndExplainThemselves()
    {
        var finding = Assert.Single(TestSheets.FindingsOf(new RatePersonRule(), RateInPersons()));

        Assert.Equal("就业技能培训就业率", finding.Indicator?.Name);
        Assert.Equal("L20:C4", finding.Position.ToString());
        Assert.False(string.IsNullOrWhiteSpace(finding.Why));
        Assert.False(string.IsNullOrWhiteSpace(finding.Fix));
    }

    [Fact]
    public void Review_CompleteSheet_HasNoFindingFromAnyRule()
    {
        var findings = RuleEngine.Default.Review(TestSheets.Project());

        Assert.Empty(findings);
    }
}
