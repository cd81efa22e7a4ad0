using Jixiao.Core.Reading;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Reporting;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Review;

/// <summary>
/// The engine skips the rows that lack a trait an indicator rule needs (<see cref="IndicatorRule.Needs"/>): a guard must
/// be a necessary condition of the rule's finding, so no rule may say anything different with the guards on. Each
/// rule is run alone, unmerged, on the seeds and the corpus the golden reviews pin, with the guards on and off.
/// </summary>
public class RowGuardTests
{
    private static readonly Lazy<List<ImportedDocument>> Documents = new(() =>
    [
        .. Seeds.All.Select(Seeds.PathOf)
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "raw"), "*.txt").Order(StringComparer.Ordinal))
            .Select(file => DocumentImporter.Default.ImportFile(file).Document! with { Source = Path.GetFileName(file) }),
        Edges(),
    ]);

    /// <summary>Rows on either side of the guards, for the rules the seeds and corpus give nothing or little to find.</summary>
    private static ImportedDocument Edges() => TestSheets.Document(TestSheets.Project().With(
        TestSheets.Row("产出指标", "质量指标", "补贴发放准确率", "≥105%", 20),
        TestSheets.Row("产出指标", "质量指标", "补贴发放准确率", "≤105%", 21),
        TestSheets.Row("产出指标", "质量指标", "补贴发放准确率", "105", 22),
        TestSheets.Row("产出指标", "质量指标", "补贴发放准确率", "≥100%", 23),
        TestSheets.Row("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥60%", 24),
        TestSheets.Row("满意度指标", "服务对象满意度指标", "参训人员满意度", "100%", 25),
        TestSheets.Row("满意度指标", "服务对象满意度指标", "参训人员不满意率", "≤60%", 26),
        TestSheets.Row("满意度指标", "服务对象满意度指标", "参训人员满意度", "较满意", 27),
        TestSheets.Row("产出指标", "数量指标", "培训人数", "≥", 28),
        TestSheets.Row("产出指标", "数量指标", "培训人数", "≥200人", 29) with { PeriodValue = TargetValueParser.Parse("≥100人") },
        TestSheets.Row("产出指标", "数量指标", "培训人数", "≥200人", 30) with { PeriodValue = TargetValueParser.Parse("≥300人") },
        TestSheets.Row("产出指标", "质量指标", "培训合格率", "≥95%", 31) with { PeriodValue = TargetValueParser.Parse("≥90%") },
        TestSheets.Row("产出指标", "数量指标", "培训人数", "0.6", 32),
        TestSheets.Row("产出指标", "数量指标", "培训人数", "≥50万", 33),
        TestSheets.Row("产出指标", "数量指标", "培训人数", "", 34),
        TestSheets.Row("产出指标", "成本指标", "培训经费", "≥60万元", 35),
        TestSheets.Row("效益指标", "社会效益指标", "参训人员就业率", "≥20人", 36)));

    public static TheoryData<string> GuardedRules =>
        [.. RuleCatalogue.All.OfType<IndicatorRule>().Where(r => r.Needs != RowTraits.None).Select(r => r.Info.Id)];

    [Theory]
    [MemberData(nameof(GuardedRules))]
    public void Review_RuleWithGuards_SaysExactlyWhatItSaysWithout(string id)
    {
        var rule = RuleCatalogue.All.Single(r => r.Info.Id == id);
        var guarded = new RuleEngine([rule], RuleSet.Default) { MergeFindings = false };
        var unguarded = new RuleEngine([rule], RuleSet.Default) { MergeFindings = false, GuardRows = false };

        var expected = Documents.Value.Select(unguarded.Review).ToList();
        var actual = Documents.Value.Select(guarded.Review).ToList();

        Assert.Equal(ReviewJson.ToJson(expected), ReviewJson.ToJson(actual));
    }

    [Fact]
    public void Review_GuardedRules_EachFindSomethingToCompare()
    {
        // The comparison above proves little for a rule that finds nothing either way: each must find something.
        var silent = RuleCatalogue.All.OfType<IndicatorRule>().Where(r => r.Needs != RowTraits.None)
            .Where(r => !Documents.Value.Any(d => new RuleEngine([r], RuleSet.Default) { MergeFindings = false }.Review(d).AllFindings.Any()))
            .Select(r => r.Info.Id)
            .ToList();

        Assert.True(silent.Count == 0, "guarded rules that find nothing on the seeds, the corpus and the edge rows: " + string.Join("、", silent));
    }

    [Fact]
    public void Review_RowWithoutValue_EveryRuleFailsOnItAsWithoutGuards()
    {
        // Not a row the reader makes, but one a caller may: the rules meet it and their failures are reported alike.
        var sheet = TestSheets.Project().With(TestSheets.Row("产出指标", "数量指标", "培训人数", "≥200人", 20) with { Value = null! });
        var rules = RuleCatalogue.All.OfType<IndicatorRule>().ToList();

        var guarded = new RuleEngine(rules, RuleSet.Default) { MergeFindings = false }.Review(sheet);
        var unguarded = new RuleEngine(rules, RuleSet.Default) { MergeFindings = false, GuardRows = false }.Review(sheet);

        Assert.Contains(unguarded, f => f.RuleId == RuleFailure.Id);
        Assert.Equal(unguarded.Select(f => (f.RuleId, f.Message)), guarded.Select(f => (f.RuleId, f.Message)));
    }

    /// <summary>The edge rows again and again: a table longer than one word of rows (RowGuards.MaxRows), or as long.</summary>
    private static TargetSheet EdgeRows(int count)
    {
        var edges = Edges().Sheets[0].Indicators;
        return TestSheets.Project([.. Enumerable.Range(0, count).Select(i => edges[i % edges.Count] with { Position = SourcePosition.Line(100 + i, 3) })]);
    }

    [Theory]
    [InlineData(17)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(300)]
    public void Review_TableOfAnyLength_GuardedRulesSayWhatTheySayWithout(int rows)
    {
        // Tables of up to 64 rows are guarded by a set of rows per rule, longer ones row by row: both as without guards.
        var rules = RuleCatalogue.All.OfType<IndicatorRule>().ToList();
        var sheet = EdgeRows(rows);

        var guarded = new RuleEngine(rules, RuleSet.Default) { MergeFindings = false }.Review(sheet);
        var unguarded = new RuleEngine(rules, RuleSet.Default) { MergeFindings = false, GuardRows = false }.Review(sheet);

        Assert.NotEmpty(guarded);
        Assert.Equal(unguarded.Select(f => (f.RuleId, f.Position, f.Message)), guarded.Select(f => (f.RuleId, f.Position, f.Message)));
    }

    /// <summary>Guarded like VAL-UNIT-RATE-PERSON (a number and a counted unit) and throws on the row named 坏行.</summary>
    private sealed class GuardedThrowsOnOneRowRule : IndicatorRule
    {
        public override RuleInfo Info { get; } = new("TEST-GUARDED-THROWS", "某行出错", Severity.Warning, RuleFamily.Values, "测试");

        public override RowTraits Needs => RowTraits.Number | RowTraits.CountUnit;

        public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
        {
            if (indicator.Indicator.Name == "坏行")
            {
                throw new InvalidOperationException("boom");
            }

            findings.Report(sheet, indicator.Indicator, "已检查“" + indicator.Indicator.Name + "”", null);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(80)]
    public void Review_GuardedRuleThrowsOnOneRow_ThatRowReportedAndTheGuardedRowsAfterItStillChecked(int rows)
    {
        // 坏行 second, then rows with a count (checked) and a rate (never called): on a short table and on a long one.
        Indicator[] pattern =
        [
            TestSheets.Row("产出指标", "数量指标", "培训人数", "≥100人"),
            TestSheets.Row("产出指标", "数量指标", "坏行", "≥1个"),
            TestSheets.Row("产出指标", "质量指标", "培训合格率", "≥90%"),
        ];
        var sheet = TestSheets.Project([.. Enumerable.Range(0, rows).Select(i => (i < 3 ? pattern[i] : pattern[i % 2 == 0 ? 0 : 2]) with { Position = SourcePosition.Line(10 + i, 3) })]);
        var engine = new RuleEngine([new GuardedThrowsOnOneRowRule()], RuleSet.Default) { MergeFindings = false };

        var findings = engine.Review(sheet);

        var failure = Assert.Single(findings, f => f.RuleId == RuleFailure.Id);
        Assert.Equal(sheet.Indicators[1].Position, failure.Position);
        var counted = sheet.Indicators.Where(r => r.Name == "培训人数").ToList();
        Assert.Equal(counted.Select(r => r.ValuePosition ?? r.Position), findings.Where(f => f.RuleId == "TEST-GUARDED-THROWS").Select(f => f.Position));
    }

    /// <summary>Never reports: a rule that only makes the engine's rules many.</summary>
    private sealed class SilentRule(int n) : IndicatorRule
    {
        public override RuleInfo Info { get; } = new($"TEST-SILENT-{n}", "不报告", Severity.Warning, RuleFamily.Values, "测试");

        public override RowTraits Needs => RowTraits.Number;

        public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
        {
        }
    }

    [Fact]
    public void Review_EngineOfMoreIndicatorRulesThanOneWordHolds_SaysWhatTheCatalogueSays()
    {
        // Past 64 indicator rules the engine tests each rule's needs row by row: the same findings, in the same order.
        var rules = RuleCatalogue.All.OfType<IndicatorRule>().ToList();
        var many = new RuleEngine([.. Enumerable.Range(0, 70).Select(n => new SilentRule(n)), .. rules], RuleSet.Default) { MergeFindings = false };
        var catalogue = new RuleEngine(rules, RuleSet.Default) { MergeFindings = false };
        var sheet = EdgeRows(20);

        Assert.Equal(catalogue.Review(sheet).Select(f => (f.RuleId, f.Position, f.Message)), many.Review(sheet).Select(f => (f.RuleId, f.Position, f.Message)));
        Assert.NotEmpty(catalogue.Review(sheet));
    }

    [Fact]
    public void RowTraits_FirstBits_AreTheValueFlags()
    {
        // IndicatorFacts.Traits copies the value's flags as they are.
        foreach (var flag in Enum.GetValues<ValueFlags>().Where(f => f != ValueFlags.None))
        {
            Assert.Equal(flag.ToString(), ((RowTraits)(ulong)flag).ToString());
        }
    }
}
