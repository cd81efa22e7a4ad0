namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>Where a sheet's reading stops because its source text does.</summary>
public enum CutKind
{
    /// <summary>The sheet reads to its end, or another sheet follows it (the text went on).</summary>
    None,

    /// <summary>The indicator table stops in a row whose value cell is missing, and nothing follows.</summary>
    InTable,

    /// <summary>
    /// The last of several sheets has no indicator at all: the text ends in its header, goals or the
    /// table's first lines (a copy of a page cut after a fixed length), so what is absent may simply be
    /// after the cut.
    /// </summary>
    BeforeTable,
}

/// <summary>
/// Whether a sheet looks cut. Only the last sheet of a document can be: a table followed by another
/// sheet was not cut, however its last row reads (its empty value cell is a missing value, VAL-MISSING).
/// The rules that judge what is absent (goals, budget, level-1 categories, indicators) stay silent on a
/// cut sheet, as the rest may be there; STR-TABLE-INCOMPLETE says once that it is cut.
/// </summary>
public static class SheetCut
{
    /// <summary>Where the sheet's reading stops (read once per sheet: a dozen rules ask).</summary>
    public static CutKind Of(SheetContext sheet) => sheet.Cut;

    /// <summary>Reads <see cref="Of"/>: only the last sheet of a document, by its last row or its lack of rows.</summary>
    internal static CutKind Read(SheetContext sheet)
    {
        if (sheet.Place is { IsLast: false })
        {
            return CutKind.None;
        }

        if (sheet.Indicators.Count > 0)
        {
            return sheet.Indicators[^1].Indicator.Value.Has(Targets.ValueFlags.Missing) ? CutKind.InTable : CutKind.None;
        }

        return sheet.Place is { Count: > 1 } ? CutKind.BeforeTable : CutKind.None;
    }

    /// <summary>Whether the sheet's header (goals, budget, names) may be after the cut.</summary>
    public static bool HeaderMayBeCut(SheetContext sheet) => Of(sheet) == CutKind.BeforeTable;

    /// <summary>
    /// Whether the sheet is the last of a document that is a text copy of a page (.txt, .html): such a copy
    /// may stop after any complete row, so a category missing after the table's last row may be cut off.
    /// A spreadsheet or Word file holds its whole table, so there an absent category is certain.
    /// </summary>
    public static bool EndsACopiedText(SheetContext sheet) =>
        sheet.Place is { IsLast: true } place
        && Path.GetExtension(place.Source).ToLowerInvariant() is ".txt" or ".text" or ".htm" or ".html";
}
