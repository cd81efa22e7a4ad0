using Jixiao.Core.Reading;

namespace Jixiao.Core.Layouts;

/// <summary>
/// A form family: recognises its tables among a segment's rows (a title and what follows it up to
/// the next title) and reads them into sheet drafts.
/// </summary>
internal interface ISheetLayout
{
    /// <summary>The drafts read from the segment, or null when the segment is not of this family.</summary>
    IReadOnlyList<SheetDraft>? TryRead(Segment segment);
}

/// <summary>A title row and the rows under it, up to the next title.</summary>
internal sealed record Segment(string? Title, Cell? TitleCell, IReadOnlyList<Row> Rows, List<DeclaredTotalDraft> Totals);

/// <summary>A 合计 or unit subtotal row of a list table (001), kept for review to add up.</summary>
internal sealed record DeclaredTotalDraft(string Label, Targets.Money Amount, Targets.SourcePosition Position);
