using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Layouts;

/// <summary>
/// Finds the sheets of a document: cuts each grid at its table titles, lets each form family try
/// the segment, and fills in what a sheet leaves to its document (the budget year).
/// </summary>
public static class SheetRecogniser
{
    private static readonly ISheetLayout[] Layouts = [new ListTableLayout(), new FormLayout(), new OutlineLayout()];

    public static ImportedDocument Recognise(SourceDocument document)
    {
        var drafts = new List<SheetDraft>();
        var totals = new List<DeclaredTotal>();
        foreach (var grid in document.Grids)
        {
            foreach (var segment in SegmentsOf(grid))
            {
                Reading.ReadDeadline.Check();
                // The first family that finds indicators reads the segment; else the first that recognised it at all.
                IReadOnlyList<SheetDraft>? chosen = null;
                foreach (var layout in Layouts)
                {
                    if (layout.TryRead(segment) is { } read)
                    {
                        chosen ??= read;
                        if (read.Any(d => d.Indicators.Count > 0))
                        {
                            chosen = read;
                            break;
                        }
                    }
                }

                // A list that holds no indicator, no budget, no goal and no project-like name (a roster, Jixiao's own list
                // download) is not a target table: its headings are not a sheet's fields.
                chosen = chosen?.Where(IsTargetTable).ToList();
                if (chosen is { Count: > 0 })
                {
                    if (segment.Rows.FirstOrDefault(r => r.RunTogether) is { } run)
                    {
                        foreach (var draft in chosen)
                        {
                            draft.Assume(run.Cells[0].Position, "原文的单元格连在一起，已按指标体系用语、符号和数值拆开：请核对每行的指标名称与指标值");
                        }
                    }

                    drafts.AddRange(chosen);
                }

                totals.AddRange(segment.Totals.Select(t => new DeclaredTotal(t.Label, t.Amount, t.Position)));
            }
        }

        var year = DocumentYear(document, drafts);
        var unplaced = drafts.Count == 0 ? IndicatorLikeRows(document) : [];
        return new ImportedDocument(document.Name, drafts.Select(d => d.ToSheet(year)).ToList(), unplaced) { Totals = totals };
    }

    /// <summary>
    /// Whether a draft is a target table at all: it has an indicator, a budget amount or a goal, or at least a
    /// name that looks like a project's — four characters or more and not itself a field label (a list's column
    /// headings 项目名称 | 项目编码 | 预算(万元) | 指标数 | 错误 pair up as labels and values but name nothing).
    /// </summary>
    private static bool IsTargetTable(SheetDraft draft) =>
        draft.Indicators.Count > 0 || draft.Amounts.Count > 0 || draft.Goals.Count > 0
        || ProjectLike(draft.Get(Field.ProjectName)) || ProjectLike(draft.Get(Field.SubProject));

    private static bool ProjectLike(string? name) =>
        name is { Length: >= 4 } && FieldLabels.Of(name) is null && name.Any(char.IsLetter);

    /// <summary>
    /// In a document where no target table was found, every row that looks like an indicator row —
    /// a category word, a sign, a number with a unit — so nothing that might be a target passes silently.
    /// </summary>
    private static List<UnplacedRow> IndicatorLikeRows(SourceDocument document)
    {
        var rows = new List<UnplacedRow>();
        foreach (var row in document.Grids.SelectMany(g => g.Rows))
        {
            if (rows.Count >= 500)
            {
                break;
            }

            var cells = row.Filled.ToList();
            var why = cells.Any(c => Framework.IndicatorFramework.Recognise(c.Text) is not null) ? "含指标类别"
                : cells.Any(c => c.Text.Length <= 30 && Values.TargetValueParser.Parse(c.Text) is { Number: not null } v
                    && (v.Sign != Sign.None || v.Unit is { } unit && !v.Flags.HasFlag(ValueFlags.TimeTarget) && unit[0] is not ('年' or '月' or '日' or '号'))) ? "含符号或带单位的数值"
                : null;
            if (why is not null)
            {
                rows.Add(new UnplacedRow(row.Position, row.Text, $"未识别出绩效目标表；此行{why}，像是指标行"));
            }
        }

        return rows;
    }

    /// <summary>The segments of a grid, their cell streams regrouped into rows.</summary>
    internal static IEnumerable<Segment> SegmentsOf(Grid grid) =>
        Segments(grid).Select(s => s with { Rows = WrappedRows.Join(StreamRows.Rebuild(s.Rows)) });

    private static IEnumerable<Segment> Segments(Grid grid)
    {
        grid = RunTogether.Split(grid);
        var titles = new List<(int Index, string Title, Cell Cell)>();
        for (var i = 0; i < grid.Rows.Count; i++)
        {
            if (grid.Rows[i].Filled.ToList() is [var only] && CellText.AsTitle(only.Text) is { } title)
            {
                titles.Add((i, title, only));
            }
        }

        if (titles.Count == 0)
        {
            yield return new Segment(grid.Name, null, grid.Rows, []);
            yield break;
        }

        for (var t = 0; t < titles.Count; t++)
        {
            var start = titles[t].Index + 1;
            var end = t + 1 < titles.Count ? titles[t + 1].Index : grid.Rows.Count;
            yield return new Segment(titles[t].Title, titles[t].Cell, grid.Rows.Skip(start).Take(end - start).ToList(), []);
        }
    }

    /// <summary>The year most sheets state, else the first year the document mentions.</summary>
    private static int? DocumentYear(SourceDocument document, List<SheetDraft> drafts)
    {
        var stated = drafts.Select(d => d.Year ?? CellText.FirstYear(d.Get(Field.PeriodStart)) ?? CellText.FirstYear(d.Get(Field.Period)))
            .OfType<int>().GroupBy(y => y).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
        if (stated is not null)
        {
            return stated.Key;
        }

        return document.Grids.SelectMany(g => g.Rows.Take(60)).SelectMany(r => r.Filled)
            .Select(c => CellText.FirstYear(c.Text)).FirstOrDefault(y => y is not null);
    }
}
