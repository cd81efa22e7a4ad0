using Jixiao.Core.Targets;

namespace Jixiao.Data.Tests;

/// <summary>
/// Structural equality of sheets and documents: every field by the records' own equality, every
/// list element by element. A list added to the model and not listed here fails the comparison
/// (two different list instances), so this comparer cannot silently fall behind the model.
/// </summary>
public static class SheetAssert
{
    private static readonly IReadOnlyDictionary<string, SourcePosition> NoSources = new Dictionary<string, SourcePosition>();

    public static void Equal(ImportedDocument expected, ImportedDocument actual)
    {
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Unplaced, actual.Unplaced);
        Assert.Equal(expected.Totals, actual.Totals);
        Assert.Equal(expected.Sheets.Count, actual.Sheets.Count);
        for (var i = 0; i < expected.Sheets.Count; i++)
        {
            Equal(expected.Sheets[i], actual.Sheets[i]);
        }
    }

    public static void Equal(TargetSheet expected, TargetSheet actual)
    {
        Assert.Equal(Header(expected), Header(actual));
        Assert.Equal(expected.Budget?.OtherLines ?? [], actual.Budget?.OtherLines ?? []);
        Assert.Equal(expected.SpendingPlan, actual.SpendingPlan);
        Assert.Equal(expected.Goals, actual.Goals);
        Assert.Equal(expected.Functions, actual.Functions);
        Assert.Equal(expected.KeyTasks, actual.KeyTasks);
        Assert.Equal(expected.Measures, actual.Measures);
        Assert.Equal(expected.Plans, actual.Plans);
        Assert.Equal(expected.Indicators, actual.Indicators);
        Assert.Equal(expected.Unplaced, actual.Unplaced);
        Assert.Equal(expected.Assumptions, actual.Assumptions);
        Assert.Equal(expected.Sources.OrderBy(s => s.Key, StringComparer.Ordinal), actual.Sources.OrderBy(s => s.Key, StringComparer.Ordinal));
    }

    /// <summary>The sheet without its lists (the same empty instances on both sides).</summary>
    private static TargetSheet Header(TargetSheet sheet) => sheet with
    {
        Budget = sheet.Budget is { } budget ? budget with { OtherLines = [] } : null,
        SpendingPlan = [],
        Goals = [],
        Functions = [],
        KeyTasks = [],
        Measures = [],
        Plans = [],
        Indicators = [],
        Unplaced = [],
        Assumptions = [],
        Sources = NoSources,
    };
}
