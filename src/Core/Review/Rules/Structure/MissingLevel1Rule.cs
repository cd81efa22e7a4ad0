using Jixiao.Core.Framework;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>STR-L1-MISSING: a level-1 category of the framework has no indicator (no 效益指标 at all).</summary>
public sealed class MissingLevel1Rule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-L1-MISSING", "缺少一级指标", Severity.Error, RuleFamily.Structure,
        "绩效指标应完整覆盖产出、效益、满意度（101号还有成本）；缺少一类，就无法评价资金的该方面绩效。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (sheet.Indicators.Count == 0 || IncompleteTableRule.IsCut(sheet))
        {
            return; // STR-NO-INDICATORS or STR-TABLE-INCOMPLETE says it once.
        }

        if (CategoryText.FormHasNoCategories(sheet))
        {
            return; // a flat list of indicators: STR-L1-UNKNOWN says once that no row is classified.
        }

        // Whether the text may be cut, and where its table stops, are asked only of a sheet missing a category.
        var categories = IndicatorFramework.Categories(sheet.Framework);
        var held = default(Level1Names);
        Span<string?> under = held;
        var distinct = LevelOnes(sheet, under);
        bool? mayBeCut = null;
        int? lastRead = null;
        for (var c = 0; c < categories.Count; c++)
        {
            var level1 = categories[c];
            if (level1.Level != CategoryLevel.Level1 || (distinct >= 0 ? Holds(under[..distinct], level1.Name) : HasRowUnder(sheet, level1.Name)))
            {
                continue;
            }

            if ((mayBeCut ??= SheetCut.EndsACopiedText(sheet)) && c > (lastRead ??= LastCategoryIndex(sheet, categories)))
            {
                // The copy of a page ends with this table, and the category would come after its last row.
                findings.ReportDoubtful(sheet, sheet.Sheet.Position, Words,
                    $"原文是网页等的文字副本，在本表{categories[lastRead.Value].Name}之后结束，其后的{level1.Name}可能被截断", level1.Name);
                continue;
            }

            findings.Report(sheet, sheet.Sheet.Position, Words, level1.Name);
        }
    }

    // Worded when read from the finding's cause, the missing category (one sheet in five misses one).
    private static readonly Wording Words = Wording.Of(
        static f => $"缺少{f.Cause}：本表没有任何{f.Cause}",
        static f => $"补充{f.Cause}及其二级、三级指标");

    /// <summary>The framework position of the last row's level-1 category (the table's order), or -1.</summary>
    private static int LastCategoryIndex(SheetContext sheet, IReadOnlyList<Category> categories)
    {
        for (var i = sheet.Indicators.Count - 1; i >= 0; i--)
        {
            if (sheet.Indicators[i].FormLevel1 is { } level1)
            {
                for (var c = 0; c < categories.Count; c++)
                {
                    if (categories[c] == level1)
                    {
                        return c;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>Level-1 names a sheet's rows are read under, at most: a table with more goes row by row per category.</summary>
    [System.Runtime.CompilerServices.InlineArray(8)]
    private struct Level1Names
    {
        private string? name;
    }

    /// <summary>
    /// The level-1 names the rows are laid out under (<see cref="IsUnder"/>), each once, in one pass: rows of a
    /// category follow each other, so a name is compared only where it changes. Their count; -1 for more than
    /// <paramref name="names"/> holds.
    /// </summary>
    private static int LevelOnes(SheetContext sheet, Span<string?> names)
    {
        var count = 0;
        string? previous = null;
        foreach (var row in sheet.Rows)
        {
            var name = row.FormLevel1?.Name;
            if (name is null || ReferenceEquals(name, previous) || Holds(names[..count], name))
            {
                previous = name ?? previous;
                continue;
            }

            if (count == names.Length)
            {
                return -1;
            }

            names[count++] = previous = name;
        }

        return count;
    }

    private static bool Holds(ReadOnlySpan<string?> names, string name)
    {
        foreach (var held in names)
        {
            if (string.Equals(held, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRowUnder(SheetContext sheet, string level1)
    {
        for (var i = 0; i < sheet.Indicators.Count; i++)
        {
            if (IsUnder(sheet.Indicators[i], level1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A row counts for the level-1 category the form lays it out under: a 社会效益指标 left under
    /// the merged 产出指标 cell does not make a 效益指标 (STR-L2-WRONG-PARENT reports the row itself).
    /// </summary>
    private static bool IsUnder(IndicatorFacts indicator, string level1) =>
        string.Equals(indicator.FormLevel1?.Name, level1, StringComparison.Ordinal);
}
