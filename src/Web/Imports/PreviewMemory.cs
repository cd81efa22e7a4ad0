using Jixiao.Core.Review;
using Jixiao.Core.Targets;

namespace Jixiao.Web.Imports;

/// <summary>
/// What a preview holds in memory, estimated from what it keeps (docs/decisions/005): the uploaded
/// bytes, every text read from them (two bytes a character, plus the string's own header) and a fixed
/// cost for each object (sheet, indicator, finding, row that could not be placed, position…). The
/// figures are deliberately on the high side: the budget should refuse before the process swells.
/// </summary>
public static class PreviewMemory
{
    /// <summary>A preview's own record, its id, name and hash.</summary>
    public const long PreviewOverhead = 1024;

    public const long SheetOverhead = 2048;

    /// <summary>An indicator with its two values, positions and the record headers.</summary>
    public const long IndicatorOverhead = 480;

    /// <summary>A finding, a goal, a task, a row that could not be placed, an assumption, a source position.</summary>
    public const long ItemOverhead = 160;

    /// <summary>A .NET string: header and length, then UTF-16.</summary>
    public static long Of(string? text) => text is null ? 0 : 24 + (2L * text.Length);

    public static long Estimate(ImportPreview preview)
    {
        var bytes = PreviewOverhead + preview.Content.LongLength + Of(preview.FileName) + Of(preview.RegionName) + Of(preview.RegionCode);
        var document = preview.Document;
        bytes += Of(document.Source) + document.Unplaced.Sum(Of) + (document.Totals.Count * ItemOverhead);
        foreach (var sheet in document.Sheets)
        {
            bytes += Of(sheet);
        }

        bytes += preview.Review.DocumentFindings.Sum(Of);
        foreach (var reviewed in preview.Review.Sheets)
        {
            bytes += reviewed.Findings.Sum(Of);
        }

        return bytes;
    }

    private static long Of(TargetSheet s)
    {
        var bytes = SheetOverhead
            + Of(s.Title) + Of(s.Department) + Of(s.SupervisingDepartment) + Of(s.Unit) + Of(s.UnitCode) + Of(s.ProjectName)
            + Of(s.ProjectCode) + Of(s.ProjectType) + Of(s.ProjectLevel) + Of(s.ProjectAttribute) + Of(s.Leader) + Of(s.LeaderPhone)
            + Of(s.Period?.Text) + Of(s.Purpose);
        bytes += s.Goals.Sum(g => ItemOverhead + Of(g.Text));
        bytes += s.Functions.Sum(f => ItemOverhead + Of(f.Name) + Of(f.Text));
        bytes += s.KeyTasks.Sum(k => ItemOverhead + Of(k.Name) + Of(k.Content) + Of(k.ExpectedResult));
        bytes += s.Measures.Sum(m => ItemOverhead + Of(m.Kind) + Of(m.Text));
        bytes += s.Plans.Sum(p => ItemOverhead + Of(p.Text));
        bytes += s.SpendingPlan.Sum(p => ItemOverhead + Of(p.Label));
        bytes += s.Unplaced.Sum(Of);
        bytes += s.Assumptions.Sum(a => ItemOverhead + Of(a.Text));
        bytes += s.Sources.Count * ItemOverhead;
        bytes += s.Indicators.Sum(Of);
        return bytes;
    }

    private static long Of(Indicator i) => IndicatorOverhead
        + Of(i.Level1) + Of(i.Level2) + Of(i.PlacedUnder) + Of(i.Name) + Of(i.Value.Raw) + Of(i.Value.Unit)
        + Of(i.PeriodValue?.Raw) + Of(i.PeriodValue?.Unit) + Of(i.Description) + Of(i.Formula) + Of(i.Basis) + Of(i.LastYearValue) + Of(i.Function);

    private static long Of(UnplacedRow row) => ItemOverhead + Of(row.Text) + Of(row.Reason);

    private static long Of(Finding f) => ItemOverhead + Of(f.RuleId) + Of(f.Message) + Of(f.Why) + Of(f.Fix);
}
