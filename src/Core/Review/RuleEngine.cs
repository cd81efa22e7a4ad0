using Jixiao.Core.Review.Merging;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review;

/// <summary>The findings on one sheet, in table order (sheet-level findings first).</summary>
public sealed record SheetReview(TargetSheet Sheet, IReadOnlyList<Finding> Findings);

/// <summary>The findings on one document: per sheet, and those about the document as a whole.</summary>
public sealed record DocumentReview(ImportedDocument Document, IReadOnlyList<SheetReview> Sheets, IReadOnlyList<Finding> DocumentFindings)
{
    /// <summary>The rule set the review was made with, as stored with the findings (<see cref="RuleSet.Stamp"/>, docs/decisions/020).</summary>
    public string RuleSetStamp { get; init; } = RuleSet.Default.Stamp;

    public IEnumerable<Finding> AllFindings => DocumentFindings.Concat(Sheets.SelectMany(s => s.Findings));
}

/// <summary>
/// 审核: runs every enabled rule of the catalogue on every sheet. A rule that throws becomes a
/// finding of its own (<see cref="RuleFailure"/>) and the other rules still run.
/// </summary>
public sealed class RuleEngine
{
    // Each enabled rule bound once to what its findings are stamped with, its Check reached without a type test.
    private readonly (IndicatorRule Rule, FindingSink.Binding Binding, RowTraits Needs)[] indicatorRules;
    private readonly (SheetRule Rule, FindingSink.Binding Binding)[] sheetRules;
    private readonly (DocumentRule Rule, FindingSink.Binding Binding)[] documentRules;
    private readonly RuleSet ruleSet;

    public RuleEngine(IReadOnlyList<Rule> rules, RuleSet ruleSet)
    {
        this.ruleSet = ruleSet;
        var enabled = rules.Select(r => (Rule: r, Settings: ruleSet.For(r.Info))).Where(x => x.Settings.Enabled).ToList();
        indicatorRules = [.. enabled.Where(x => x.Rule is IndicatorRule).Select(x => ((IndicatorRule)x.Rule, new FindingSink.Binding(x.Rule, x.Settings), ((IndicatorRule)x.Rule).Needs))];
        guarded = indicatorRules.Any(r => r.Needs != RowTraits.None);
        rowGuards = RowGuards.For([.. indicatorRules.Select(r => (r.Needs, r.Binding.AppliesTo))]);
        sheetRules = [.. enabled.Where(x => x.Rule is SheetRule).Select(x => ((SheetRule)x.Rule, new FindingSink.Binding(x.Rule, x.Settings)))];
        documentRules = [.. enabled.Where(x => x.Rule is DocumentRule).Select(x => ((DocumentRule)x.Rule, new FindingSink.Binding(x.Rule, x.Settings)))];
    }

    /// <summary>The rule set this engine reviews with.</summary>
    public RuleSet RuleSet => ruleSet;

    /// <summary>The whole catalogue under the shipped default rule set.</summary>
    public static RuleEngine Default { get; } = new(RuleCatalogue.All, RuleSet.Default);

    public DocumentReview Review(ImportedDocument document)
    {
        var pool = FactsPool.Take();
        try
        {
            return Review(document, pool);
        }
        finally
        {
            FactsPool.Return(pool);
        }
    }

    private DocumentReview Review(ImportedDocument document, FactsPool pool)
    {
        var contexts = new SheetContext[document.Sheets.Count];
        var reviews = new SheetReview[contexts.Length];
        var projectNames = SheetPlace.ProjectNamesOf(document.Sheets);
        var scratch = pool.SheetFindings;
        var sheetSink = new FindingSink(scratch);
        for (var i = 0; i < contexts.Length; i++)
        {
            contexts[i] = Context(document.Sheets[i], SheetPlace.In(document, i, projectNames), pool);
            reviews[i] = new SheetReview(contexts[i].Sheet, RunSheet(contexts[i], scratch, sheetSink));
        }

        if (documentRules.Length == 0)
        {
            return new DocumentReview(document, reviews, []) { RuleSetStamp = ruleSet.Stamp };
        }

        var documentFindings = pool.DocumentFindings;
        documentFindings.Clear();
        var sink = new FindingSink(documentFindings);
        var documentContext = new DocumentContext(document, contexts);
        foreach (var (rule, binding) in documentRules)
        {
            sink.Bind(binding);
            try
            {
                rule.Check(documentContext, sink);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                documentFindings.Add(RuleFailure.Finding(rule, null, document.Sheets.FirstOrDefault()?.Position ?? default, e));
            }
        }

        if (documentFindings.Count == 0)
        {
            return new DocumentReview(document, reviews, []) { RuleSetStamp = ruleSet.Stamp };
        }

        // A document rule may blame one sheet (the same indicator valued differently in two sheets):
        // such findings go with that sheet, merged among themselves and put in table order with the sheet's own,
        // which are merged already; as the sheet alone in its place gets them (docs/decisions/022). Merging the two
        // again would judge a repeated finding's doubt once more as a whole, which the sheet's page does not.
        // Sheets are told apart by reference: a sheet is a record, and hashing one by value would hash every text of it.
        // A document has a few such findings and a dozen sheets: each sheet's are picked out by a scan, not grouped,
        // unless both are many.
        var aboutDocument = 0;
        foreach (var finding in documentFindings)
        {
            aboutDocument += finding.Sheet is null ? 1 : 0;
        }

        Dictionary<TargetSheet, List<Finding>>? bySheet = null;
        if ((long)reviews.Length * documentFindings.Count > 4096)
        {
            bySheet = new(ReferenceEqualityComparer.Instance);
            foreach (var finding in documentFindings)
            {
                if (finding.Sheet is { } sheet)
                {
                    ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(bySheet, sheet, out _);
                    (list ??= []).Add(finding);
                }
            }
        }

        for (var i = 0; i < reviews.Length; i++)
        {
            var review = reviews[i];
            List<Finding>? onSheet = null;
            if (bySheet is not null)
            {
                onSheet = bySheet.TryGetValue(review.Sheet, out var found) ? [.. found] : null;
            }
            else
            {
                foreach (var finding in documentFindings)
                {
                    if (ReferenceEquals(finding.Sheet, review.Sheet))
                    {
                        (onSheet ??= []).Add(finding);
                    }
                }
            }

            if (onSheet is not null)
            {
                reviews[i] = review with { Findings = Order([.. review.Findings, .. Merged(onSheet, review.Sheet)], review.Sheet) };
            }
        }

        var ofDocument = new Finding[aboutDocument];
        var n = 0;
        foreach (var finding in documentFindings)
        {
            if (finding.Sheet is null)
            {
                ofDocument[n++] = finding;
            }
        }

        return new DocumentReview(document, reviews, ofDocument) { RuleSetStamp = ruleSet.Stamp };
    }

    /// <summary>
    /// Reviews one sheet on its own (its page, the editor, an edit); rules across sheets do not run. Given its
    /// <paramref name="place"/> in its document, its findings are those the review of the whole document gives it
    /// from the sheet's own rules.
    /// </summary>
    public IReadOnlyList<Finding> Review(TargetSheet sheet, SheetPlace? place = null) => RunSheet(sheet, place);

    private Finding[] RunSheet(TargetSheet sheet, SheetPlace? place)
    {
        var pool = FactsPool.Take();
        try
        {
            return RunSheet(Context(sheet, place, pool), pool.SheetFindings, new FindingSink(pool.SheetFindings));
        }
        finally
        {
            FactsPool.Return(pool);
        }
    }

    /// <summary>
    /// As <see cref="Review(TargetSheet, SheetPlace?)"/>, with the findings the document's rules gave the sheet when its
    /// document was last reviewed whole (<paramref name="fromDocument"/>, on this sheet's rows, merged then): in table
    /// order with the sheet's own, as the review of the whole document gives them.
    /// </summary>
    public IReadOnlyList<Finding> Review(TargetSheet sheet, SheetPlace? place, IReadOnlyList<Finding> fromDocument)
    {
        var own = RunSheet(sheet, place);
        return fromDocument.Count == 0 ? own : Order([.. own, .. fromDocument], sheet);
    }

    /// <summary>The ids of the catalogue's document rules: they compare the sheets of a document, so a sheet alone cannot give their findings.</summary>
    public static IReadOnlySet<string> DocumentRuleIds { get; } = RuleCatalogue.All.OfType<DocumentRule>().Select(r => r.Info.Id).ToHashSet(StringComparer.Ordinal);

    private SheetContext Context(TargetSheet sheet, SheetPlace? place, FactsPool pool) =>
        new(sheet, place, ruleSet.Framework ?? sheet.Framework, pool);

    /// <summary>
    /// The sheet's findings, merged and in table order. <paramref name="findings"/> is a scratch list the rules report
    /// into through <paramref name="sink"/>, reused for a document's sheets; the result is an array of its own.
    /// </summary>
    private Finding[] RunSheet(SheetContext context, List<Finding> findings, FindingSink sink)
    {
        findings.Clear();
        var applies = context.Framework == FrameworkVersion.V101 ? Frameworks.V101 : Frameworks.V88;
        foreach (var (rule, binding) in sheetRules)
        {
            if ((binding.AppliesTo & applies) == 0)
            {
                continue;
            }

            sink.Bind(binding);
            try
            {
                rule.Check(context, sink);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                findings.Add(RuleFailure.Finding(rule, context.Sheet, context.Sheet.Position, e));
            }
        }

        var indicators = context.Rows;
        if (indicators.Length > 0)
        {
            if (GuardRows && guarded && rowGuards is not null && indicators.Length <= RowGuards.MaxRows)
            {
                RunRulesOnRows(context, findings, sink, rowGuards, applies);
            }
            else
            {
                RunRulesOnTable(context, findings, sink, applies);
            }
        }

        return [.. Order(Merged(findings, context.Sheet), context.Sheet)];
    }

    /// <summary>
    /// The indicator rules on a table of at most <see cref="RowGuards.MaxRows"/> rows: each rule with the rows whose
    /// traits it needs (<see cref="RowGuards"/>), in table order, and not at all when there are none.
    /// </summary>
    private void RunRulesOnRows(SheetContext context, List<Finding> findings, FindingSink sink, RowGuards guards, Frameworks applies)
    {
        var indicators = context.Rows;
        Span<ulong> rowsOf = stackalloc ulong[RowGuards.MaxRules];
        guards.RowsOfRules(indicators, applies == Frameworks.V101 ? guards.V101 : guards.V88, rowsOf);
        for (var r = 0; r < indicatorRules.Length; r++)
        {
            var rows = rowsOf[r];
            if (rows == 0)
            {
                continue;
            }

            var (rule, binding, _) = indicatorRules[r];
            sink.Bind(binding);

            // As on a long table: the protected region holds the whole walk, and a row that throws is reported and
            // the walk goes on from the next row.
            var i = 0;
            while (rows != 0)
            {
                try
                {
                    for (; rows != 0; rows &= rows - 1)
                    {
                        i = System.Numerics.BitOperations.TrailingZeroCount(rows);
                        rule.Check(indicators[i], context, sink);
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    findings.Add(RuleFailure.Finding(rule, context.Sheet, indicators[i].Indicator.Position, e));
                    rows &= rows - 1;
                }
            }
        }
    }

    /// <summary>The indicator rules on a table of any length: each rule walks every row, skipping those without the traits it needs.</summary>
    private void RunRulesOnTable(SheetContext context, List<Finding> findings, FindingSink sink, Frameworks applies)
    {
        var indicators = context.Rows;

        // The rows' traits are read with their facts (IndicatorRule.Needs).
        var guards = GuardRows && guarded;
        var anyRow = RowTraits.None; // every trait some row has: a rule needing one no row has skips the sheet
        for (var row = 0; guards && row < indicators.Length; row++)
        {
            anyRow |= indicators[row].Traits();
        }

        foreach (var (rule, binding, ruleNeeds) in indicatorRules)
        {
            var needs = guards ? ruleNeeds : RowTraits.None;
            if ((binding.AppliesTo & applies) == 0 || (needs != RowTraits.None && (anyRow & needs) != needs))
            {
                continue;
            }

            sink.Bind(binding);

            // The protected region holds the whole walk, not each row: a try per row costs the loop its registers.
            // A row that throws is reported and the walk goes on from the next row.
            var i = 0;
            while (i < indicators.Length)
            {
                try
                {
                    for (; i < indicators.Length; i++)
                    {
                        // A row without a trait the rule needs cannot give a finding: one test of a word in a row,
                        // not a call that chases the row's value for the same answer.
                        if (needs != RowTraits.None && (indicators[i].Traits() & needs) != needs)
                        {
                            continue;
                        }

                        rule.Check(indicators[i], context, sink);
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    findings.Add(RuleFailure.Finding(rule, context.Sheet, indicators[i].Indicator.Position, e));
                    i++;
                }
            }
        }
    }

    /// <summary>
    /// Whether findings of one defect are merged into one (<see cref="FindingMerger"/>); off only to
    /// see what each rule says on its own.
    /// </summary>
    public bool MergeFindings { get; init; } = true;

    /// <summary>
    /// Whether an indicator rule is called only on the rows that have the traits it needs (<see cref="IndicatorRule.Needs"/>);
    /// off only to show that the guards change no finding.
    /// </summary>
    public bool GuardRows { get; init; } = true;

    // Whether any indicator rule declares a guard: without one, every rule walks every row.
    private readonly bool guarded;

    // The rules' guards as one table, for sheets of a few dozen rows; null for an engine of too many indicator rules.
    private readonly RowGuards? rowGuards;

    private List<Finding> Merged(List<Finding> findings, TargetSheet sheet) =>
        MergeFindings ? FindingMerger.Merge(findings, sheet) : findings;

    /// <summary>
    /// Table order: by the row (sheet-level findings first), then the more severe first, then by rule
    /// id; stable, so findings equal in all three keep the order the rules gave them. Sorts the list in place.
    /// </summary>
    private static List<Finding> Order(List<Finding> findings, TargetSheet sheet)
    {
        var count = findings.Count;
        if (count < 2)
        {
            return findings;
        }

        // A sheet has a dozen findings or so: an insertion sort over keys on the stack, in place, allocates nothing
        // and is stable by itself; a sheet with many findings takes the general sort.
        const int Small = 64;
        if (count > Small)
        {
            return OrderMany(findings, sheet);
        }

        var items = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(findings);
        Span<int> rowKeys = stackalloc int[count];
        var rows = sheet.Indicators;
        Dictionary<Indicator, int>? rowOf = null;
        for (var i = 0; i < count; i++)
        {
            rowKeys[i] = items[i].Indicator is { } indicator ? RowOf(indicator, rows, ref rowOf, count) : -1;
        }

        for (var i = 1; i < count; i++)
        {
            var item = items[i];
            var key = rowKeys[i];
            var j = i - 1;
            while (j >= 0 && Compare(key, item, rowKeys[j], items[j]) < 0)
            {
                items[j + 1] = items[j];
                rowKeys[j + 1] = rowKeys[j];
                j--;
            }

            items[j + 1] = item;
            rowKeys[j + 1] = key;
        }

        return findings;
    }

    private static int Compare(int rowA, Finding a, int rowB, Finding b)
    {
        var c = rowA.CompareTo(rowB);
        if (c == 0)
        {
            c = ((int)b.Severity).CompareTo((int)a.Severity); // as numbers: Enum.CompareTo boxes both
        }

        return c == 0 ? string.CompareOrdinal(a.RuleId, b.RuleId) : c;
    }

    /// <summary>As <see cref="Order"/> for a sheet with many findings: keys sorted with the index as the last key, so it stays stable.</summary>
    private static List<Finding> OrderMany(List<Finding> findings, TargetSheet sheet)
    {
        var keys = new (int Row, int Index)[findings.Count];
        var rows = sheet.Indicators;
        Dictionary<Indicator, int>? rowOf = null;
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (findings[i].Indicator is { } indicator ? RowOf(indicator, rows, ref rowOf, findings.Count) : -1, i);
        }

        Array.Sort(keys, (a, b) =>
        {
            var c = Compare(a.Row, findings[a.Index], b.Row, findings[b.Index]);
            return c == 0 ? a.Index.CompareTo(b.Index) : c;
        });
        var ordered = new List<Finding>(keys.Length);
        foreach (var (_, index) in keys)
        {
            ordered.Add(findings[index]);
        }

        return ordered;
    }

    /// <summary>The row's first place in the table, -1 when not in it: a scan for a few findings, a map for many.</summary>
    private static int RowOf(Indicator indicator, IReadOnlyList<Indicator> rows, ref Dictionary<Indicator, int>? rowOf, int findings)
    {
        if (rowOf is null && (long)findings * rows.Count <= 4096)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (ReferenceEquals(rows[i], indicator))
                {
                    return i;
                }
            }

            return -1;
        }

        if (rowOf is null)
        {
            rowOf = new Dictionary<Indicator, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < rows.Count; i++)
            {
                rowOf.TryAdd(rows[i], i);
            }
        }

        return rowOf.TryGetValue(indicator, out var row) ? row : -1;
    }
}
