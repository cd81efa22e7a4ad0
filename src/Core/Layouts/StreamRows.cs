using Jixiao.Core.Framework;
using Jixiao.Core.Reading;
using Jixiao.Core.Values;

namespace Jixiao.Core.Layouts;

/// <summary>
/// Regroups a stream of cells (a table whose row ends were lost: one cell per line or paragraph,
/// a table flattened into one line) into rows, by meaning: above the indicator header a field
/// label starts a row and takes the cells after it; the header is the run of column labels; below
/// it, category cells are recognised by the framework and the other cells fill the header's
/// remaining columns in order. Rebuilt rows are aligned under the header, so the table reader
/// reads them by column as it reads any table.
/// </summary>
internal static class StreamRows
{
    public static IReadOnlyList<Row> Rebuild(IReadOnlyList<Row> rows)
    {
        if (!rows.Any(r => r.Stream))
        {
            return rows;
        }

        var result = new List<Row>(rows.Count);
        var i = 0;
        while (i < rows.Count)
        {
            if (!rows[i].Stream)
            {
                result.Add(rows[i]);
                i++;
                continue;
            }

            var end = i;
            while (end < rows.Count && rows[end].Stream)
            {
                end++;
            }

            var from = result.Count;
            Regroup(rows.Skip(i).Take(end - i).Select(r => r.Cells[0]).ToList(), result);
            if (rows.Skip(i).Take(end - i).Any(r => r.RunTogether))
            {
                // Cut from text that ran together: the rows say so, and the sheet lists it as inferred.
                for (var k = from; k < result.Count; k++)
                {
                    result[k] = result[k] with { RunTogether = true };
                }
            }

            i = end;
        }

        return result;
    }

    private static void Regroup(List<Cell> cells, List<Row> result)
    {
        var i = 0;
        while (i < cells.Count)
        {
            Reading.ReadDeadline.Check();
            if (HeaderRun(cells, i) is { } header)
            {
                result.Add(Row(header.Labels));
                i = Body(cells, i + header.Length, header, Paragraphs(cells, i), result);
                continue;
            }

            i = FieldRow(cells, i, result);
        }
    }

    /// <summary>
    /// A run of at least three column labels with a name (or 指标) column: the indicator header.
    /// A flattened sheet prints a merged cell once, at its vertical middle, so the header may hold
    /// the category cells of the first rows (数量指标, 产出指标) and a vertical label one character
    /// per cell (绩 效 指 标) between its labels: those are not columns; the categories are the first
    /// rows' (<see cref="Header.Categories"/>).
    /// </summary>
    private static Header? HeaderRun(List<Cell> cells, int start)
    {
        if (!IsColumnLabel(cells[start].Text))
        {
            return null;
        }

        var labels = new List<Cell>();
        var roles = new List<ColumnRole?>();
        var residue = new List<(Cell Cell, int LabelsBefore)>();
        var end = start;
        var length = 0;
        while (end < cells.Count && end - start < MaxHeaderCells)
        {
            var text = cells[end].Text;
            if (IsColumnLabel(text))
            {
                labels.Add(cells[end]);
                roles.Add(ColumnRoles.Of(text));
                end++;
                length = end - start;
                continue;
            }

            if (IndicatorFramework.Recognise(text) is not null)
            {
                residue.Add((cells[end], labels.Count));
                end++;
                continue;
            }

            if (VerticalRun(cells, end) is > 0 and var vertical)
            {
                end += vertical;
                continue;
            }

            if (roles.Count > 0 && roles[^1] == ColumnRole.Sign && TargetHeadings(cells, end, roles) is > 0 and var targets)
            {
                labels.AddRange(cells.Skip(end).Take(targets));
                roles.AddRange(Enumerable.Repeat<ColumnRole?>(null, targets));
                end += targets;
                length = end - start;
                continue;
            }

            break;
        }

        var nameAt = roles.IndexOf(ColumnRole.Name);
        if (nameAt < 0)
        {
            // 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值: the last group label before the data columns names the indicator.
            nameAt = roles.LastIndexOf(null);
            if (nameAt < 0 || nameAt == roles.Count - 1 || !roles.Skip(nameAt + 1).Contains(ColumnRole.Value))
            {
                return null;
            }
        }

        var labelled = roles.Count(r => r is not null);
        if (labelled < 2 || labels.Count < 3 || !(roles.Contains(ColumnRole.Value) || roles.Contains(ColumnRole.Level2)))
        {
            return null;
        }

        // Categories after the last label belong to the body, not to the header.
        var inHeader = residue.Where(r => r.LabelsBefore < labels.Count).Select(r => r.Cell);
        var categoryColumns = roles.Count(r => r is ColumnRole.Level1 or ColumnRole.Level2);
        return new Header(labels, length, nameAt, categoryColumns, roles.Count - nameAt, FirstOfEachLevel(inHeader));
    }

    /// <summary>
    /// The headings of an allocation table's target columns after its sign column (指标方向 | 东湖镇 |
    /// 西山乡, one target column per area, no 指标值 column): short texts that are no label, category or
    /// value, up to the first category of the body. Their number, or 0.
    /// </summary>
    private static int TargetHeadings(List<Cell> cells, int start, List<ColumnRole?> roles)
    {
        if (!roles.Contains(ColumnRole.Name) || roles.Contains(ColumnRole.Value) || roles.Contains(ColumnRole.PeriodValue))
        {
            return 0;
        }

        var n = 0;
        while (start + n < cells.Count && n < MaxTargetColumns && cells[start + n].Text.Trim() is { Length: > 0 and <= 20 } text
            && !IsColumnLabel(text) && IndicatorFramework.Recognise(text) is null && !CellText.IsValueLike(text) && !TargetValueParser.IsSignOnly(text))
        {
            n++;
        }

        return start + n < cells.Count && IndicatorFramework.Recognise(cells[start + n].Text) is not null ? n : 0;
    }

    /// <summary>An allocation table has a column per county or town of one region: a few dozen at most.</summary>
    private const int MaxTargetColumns = 40;

    /// <summary>Real headers have a few dozen cells at most; a longer run of labels is not scanned further.</summary>
    private const int MaxHeaderCells = 60;

    private static bool IsColumnLabel(string text) => ColumnRoles.Of(text) is not null || CellText.IsGroupLabel(text);

    /// <summary>
    /// A vertical label flattened one character per cell (绩 效 指 标): the number of cells whose
    /// characters spell a column label or a category, or 0.
    /// </summary>
    private static int VerticalRun(List<Cell> cells, int start)
    {
        var run = 0;
        while (start + run < cells.Count && run < 8 && cells[start + run].Text.Trim().Length == 1)
        {
            run++;
        }

        for (var n = run; n >= 2; n--)
        {
            var word = string.Concat(cells.Skip(start).Take(n).Select(c => c.Text.Trim()));
            if (IsColumnLabel(word) || IndicatorFramework.Recognise(word) is not null)
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>The first level-1 and the first level-2 category among merged cells printed together: the earliest merged cell covers the first rows.</summary>
    private static List<Cell> FirstOfEachLevel(IEnumerable<Cell> categories)
    {
        var matched = categories.Select(c => (Cell: c, Match: IndicatorFramework.Recognise(c.Text))).Where(m => m.Match is not null).ToList();
        return [.. new[] { matched.FirstOrDefault(m => m.Match!.IsLevel1).Cell, matched.FirstOrDefault(m => !m.Match!.IsLevel1).Cell }.OfType<Cell>()];
    }

    /// <summary>
    /// Where the header is, its label cells, where its name column stands, how many category
    /// columns it has, how many columns the name and the cells after it fill, and the categories
    /// of the first rows printed inside it.
    /// </summary>
    private sealed record Header(IReadOnlyList<Cell> Labels, int Length, int NameAt, int Categories, int Width, IReadOnlyList<Cell> FirstCategories);

    /// <summary>Long texts above the header (goals, a project's summary), whose overflow a page break may repeat inside the table.</summary>
    private static List<string> Paragraphs(List<Cell> cells, int headerAt) =>
        [.. cells.Take(headerAt).Select(c => c.Text.Trim()).Where(t => t.Length >= 20 && t.Length <= 4000).Take(20)];

    /// <summary>
    /// Cells at <paramref name="i"/> that repeat a long text from above the header (a page break
    /// printing a merged cell's overflow again): one starting as the text does, and the cells after
    /// it that the same text holds. The number of such cells, or 0.
    /// </summary>
    private static int Overflow(List<Cell> cells, int i, List<string> paragraphs)
    {
        var first = cells[i].Text.Trim();
        if (first.Length < 8 || paragraphs.Find(p => p.Length > first.Length && p.StartsWith(first, StringComparison.Ordinal)) is not { } paragraph)
        {
            return 0;
        }

        var n = 1;
        while (i + n < cells.Count && cells[i + n].Text.Trim() is { Length: >= 4 } next && next.Length < paragraph.Length
            && paragraph.Contains(next, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static int Body(List<Cell> cells, int start, Header header, List<string> paragraphs, List<Row> result)
    {
        var categories = new List<Cell>(header.FirstCategories);
        var group = new List<Cell>();
        var keepEmpty = header.Width > 2;

        void Emit()
        {
            if (group.Count == 0 || group.All(c => c.IsBlank))
            {
                group.Clear();
                return;
            }

            var row = new List<Cell>();
            var pad = Math.Max(0, header.NameAt - categories.Count);
            var anchor = categories.Count > 0 ? categories[0].Position : group[0].Position;
            for (var k = 0; k < pad; k++)
            {
                row.Add(new Cell("", anchor));
            }

            row.AddRange(categories);
            row.AddRange(group);

            // More category cells than the header has category columns (a label lost from the header):
            // the columns no longer line up, so the table reader takes the cells in order.
            result.Add(Row(row) with { Sparse = categories.Count > header.NameAt });
            categories.Clear();
            group.Clear();
        }

        var i = start;
        for (; i < cells.Count; i++)
        {
            Reading.ReadDeadline.Check();
            var cell = cells[i];
            if (EndsTable(cells, i))
            {
                break;
            }

            if (group.Count == 0 && !cell.IsBlank)
            {
                // Between rows: a header repeated after a page break, a vertical label, overflow of a long cell above.
                if (RepeatedHeader(cells, i) is > 0 and var repeated)
                {
                    var printed = FirstOfEachLevel(cells.Skip(i).Take(repeated));
                    if (printed.Count > 0)
                    {
                        categories.Clear();
                        categories.AddRange(printed);
                    }

                    i += repeated - 1;
                    continue;
                }

                if ((VerticalRun(cells, i) is > 0 and var vertical ? vertical : Overflow(cells, i, paragraphs)) is > 0 and var skipped)
                {
                    i += skipped - 1;
                    continue;
                }
            }

            if (cell.IsBlank)
            {
                if (keepEmpty && group.Count > 0)
                {
                    group.Add(cell);
                    if (group.Count == header.Width)
                    {
                        Emit();
                    }
                }

                continue;
            }

            if (header.Categories > 0 && IndicatorFramework.Recognise(cell.Text) is not null
                && (group.Count == 0 || group.Count >= 2 || !CellText.IsValueLike(cell.Text)))
            {
                Emit();
                categories.Add(cell);
                continue;
            }

            group.Add(cell);
            if (group.Count == header.Width)
            {
                Emit();
            }
        }

        Emit();
        if (categories.Count > 0)
        {
            // Category cells with no row under them (a cut table): kept as a row of their own.
            result.Add(Row(categories));
        }

        return i;
    }

    /// <summary>
    /// Part of the header printed again after a page break: column labels, with the categories and
    /// vertical labels of merged cells among them. The number of cells, or 0.
    /// </summary>
    private static int RepeatedHeader(List<Cell> cells, int start)
    {
        if (ColumnRoles.Of(cells[start].Text) is null)
        {
            return 0;
        }

        var end = start;
        while (end < cells.Count && end - start < MaxHeaderCells)
        {
            var text = cells[end].Text;
            if (IsColumnLabel(text) || IndicatorFramework.Recognise(text) is not null)
            {
                end++;
            }
            else if (VerticalRun(cells, end) is > 0 and var vertical)
            {
                end += vertical;
            }
            else
            {
                break;
            }
        }

        return end - start;
    }

    /// <summary>The table ends at a new header, a field label, the next form's title or its year line.</summary>
    private static bool EndsTable(List<Cell> cells, int i)
    {
        var text = cells[i].Text.Trim();
        return HeaderRun(cells, i) is not null || CellText.IsTableNumber(text) || CellText.IsPageFurniture(text)
            || (IndicatorFramework.Recognise(text) is null && FieldLabels.IsLabel(text) && FieldLabels.Of(text) is not Field.Section)
            || CellText.AsYearSubtitle(text) is not null || (text.Length >= 6 && CellText.AsTitle(text) is not null);
    }

    /// <summary>Above the table: a field label starts a row and takes the cells up to the next label.</summary>
    private static int FieldRow(List<Cell> cells, int start, List<Row> result)
    {
        var end = start + 1;
        if (IsLabel(cells[start].Text))
        {
            while (end < cells.Count && !IsLabel(cells[end].Text) && HeaderRun(cells, end) is null
                && CellText.AsTitle(cells[end].Text) is null && CellText.AsYearSubtitle(cells[end].Text) is null)
            {
                end++;
            }
        }

        var row = cells.Skip(start).Take(end - start).Where(c => !c.IsBlank).ToList();
        if (row.Count > 0)
        {
            result.Add(Row(row));
        }

        return end;
    }

    private static bool IsLabel(string text)
    {
        var t = text.Trim();
        if (t.Length == 0 || t.Length > 30)
        {
            return false;
        }

        var colon = t.IndexOfAny([':', '：']);
        return FieldLabels.Of(t) is not null || (colon > 0 && FieldLabels.Of(t[..colon]) is not null);
    }

    private static Row Row(IEnumerable<Cell> cells)
    {
        var list = cells.ToList();
        return new Row(list, list.Count > 0 ? list.First(c => !c.IsBlank || c == list[^1]).Position with { Column = 0 } : default);
    }
}
