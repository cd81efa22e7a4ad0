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

    /// <summary>Throws on the row named 坏行 and reports every other row: the walk must go on past the row that throws.</summary>
    private sealed class ThrowsOnOneRowRule : IndicatorRule
    {
        public override RuleInfo Info { get; } = new("TEST-ONE-ROW-THROWS", "某行出错", Severity.Warning, RuleFamily.Values, "测试");

        public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
        {
            if (indicator.Indicator.Name == "坏行")
            {
                throw new InvalidOperationException("boom");
            }

            findings.Report(sheet, indicator.Indicator, "已检查“" + indicator.Indicator.Name + "”", null);
        }
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
    public void Review_RuleThrowsOnOneRow_ThatRowReportedAndTheRowsAfterItStillChecked()
    {
        var sheet = TestSheets.Project([
            TestSheets.Row("产出指标", "数量指标", "培训人数", "≥100人", 10),
            TestSheets.Row("产出指标", "数量指标", "坏行", "≥1个", 11),
            TestSheets.Row("产出指标", "质量指标", "培训合格率", "≥90%", 12),
        ]);
        var engine = new RuleEngine([new ThrowsOnOneRowRule()], RuleSet.Default) { MergeFindings = false };

        var findings = engine.Review(sheet);

        var failure = Assert.Single(findings, f => f.RuleId == RuleFailure.Id);
        Assert.Equal(sheet.Indicators[1].Position, failure.Position);
        Assert.Equal(["培训人数", "培训合格率"], findings.Where(f => f.RuleId == "TEST-ONE-ROW-THROWS").Select(f => f.Indicator!.Name));
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

    [Fact]
    public void Review_FindingsReadAfterLaterReviews_SayWhatTheySaidAtOnce()
    {
        // The rows' facts of a review are reused by the thread's next review (FactsPool): a finding worded when first
        // read must not read them. Every seed's findings are read only after all the seeds were reviewed.
        var documents = Seeds.All.Select(Seeds.PathOf).Select(file => Jixiao.Core.Reading.DocumentImporter.Default.ImportFile(file).Document!).ToList();
        var readAtOnce = documents.Select(d => RuleEngine.Default.Review(d).AllFindings.Select(f => (f.Message, f.Fix)).ToList()).ToList();

        var reviews = documents.Select(RuleEngine.Default.Review).ToList();
        var readLater = reviews.Select(r => r.AllFindings.Select(f => (f.Message, f.Fix)).ToList()).ToList();

        Assert.True(readAtOnce.Sum(f => f.Count) > 50);
        Assert.Equal(readAtOnce, readLater);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(80)]
    public void Review_DocumentRuleBlamesSheets_EachSheetGetsItsOwnFindings(int projects)
    {
        // Findings of the document's rules go with the sheet they blame: picked out by a scan in a small document,
        // through a map past 4,096 sheet-finding pairs. Every project after the first copies the first one's rows.
        var names = new[] { "职业技能培训", "农村公路养护", "中小学校舍维修", "城乡居民医保补助", "森林防火巡查", "乡村文化活动", "困难群众救助", "河道清淤整治" };
        var sheets = Enumerable.Range(0, projects).Select(i => TestSheets.Project(name: names[i % names.Length] + "项目（第" + (i + 1) + "期）") with { Position = SourcePosition.Line(1000 * (i + 1)) }).ToArray();
        var review = RuleEngine.Default.Review(TestSheets.Document(sheets));

        var copied = review.Sheets.Select(s => s.Findings.Count(f => f.RuleId == "DOC-ROWS-COPIED")).ToList();
        Assert.Equal([0, .. Enumerable.Repeat(1, projects - 1)], copied);
        Assert.All(review.Sheets, s => Assert.All(s.Findings, f => Assert.Same(s.Sheet, f.Sheet)));
        Assert.DoesNotContain(review.DocumentFindings, f => f.RuleId == "DOC-ROWS-COPIED");
    }

    [Fact]
    public void Review_Returned_TheThreadKeepsNoRowOfTheDocument()
    {
        // The thread keeps its rows' facts for its next review (FactsPool): not the rows they were last read from.
        var row = ReviewAndForget();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(row.TryGetTarget(out _), "a row of a reviewed document is still reachable");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference<Indicator> ReviewAndForget()
    {
        var sheet = TestSheets.Project();
        var review = RuleEngine.Default.Review(TestSheets.Document(sheet));
        Assert.NotNull(review);
        return new WeakReference<Indicator>(sheet.Indicators[0]);
    }
}
