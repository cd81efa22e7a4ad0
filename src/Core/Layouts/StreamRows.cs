using Jixiao.Core.Framework;
using Jixiao.Core.Reading;

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

            Regroup(rows.Skip(i).Take(end - i).Select(r => r.Cells[0]).ToList(), result);
            i = end;
        }

        return result;
    }

    private static void Regroup(List<Cell> cells, List<Row> result)
    {
        var i = 0;
        while (i < cells.Count)
        {
            if (HeaderRun(cells, i) is { } header)
            {
                result.Add(Row(cells.Skip(i).Take(header.Length)));
                i = Body(cells, i + header.Length, header, result);
                continue;
            }

            i = FieldRow(cells, i, result);
        }
    }

    /// <summary>A run of at least three column labels with a name (or 指标) column: the indicator header.</summary>
    private static Header? HeaderRun(List<Cell> cells, int start)
    {
        var end = start;
        var roles = new List<ColumnRole?>();
        while (end < cells.Count && (ColumnRoles.Of(cells[end].Text) is not null || CellText.IsGroupLabel(cells[end].Text)))
        {
            roles.Add(ColumnRoles.Of(cells[end].Text));
            end++;
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
        if (labelled < 2 || end - start < 3 || !(roles.Contains(ColumnRole.Value) || roles.Contains(ColumnRole.Level2)))
        {
            return null;
        }

        var categories = roles.Count(r => r is ColumnRole.Level1 or ColumnRole.Level2);
        return new Header(end - start, nameAt, categories, roles.Count - nameAt);
    }

    /// <summary>
    /// Where the header is, where its name column stands, how many category columns it has and how
    /// many columns the name and the cells after it fill.
    /// </summary>
    private sealed record Header(int Length, int NameAt, int Categories, int Width);

    private static int Body(List<Cell> cells, int start, Header header, List<Row> result)
    {
        var categories = new List<Cell>();
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
            var cell = cells[i];
            if (EndsTable(cells, i))
            {
                break;
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

    /// <summary>The table ends at a new header, a field label or the year line of the next form.</summary>
    private static bool EndsTable(List<Cell> cells, int i)
    {
        var text = cells[i].Text.Trim();
        return HeaderRun(cells, i) is not null || CellText.IsTableNumber(text) || CellText.IsPageFurniture(text)
            || (IndicatorFramework.Recognise(text) is null && FieldLabels.IsLabel(text) && FieldLabels.Of(text) is not Field.Section)
            || CellText.AsYearSubtitle(text) is not null;
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
