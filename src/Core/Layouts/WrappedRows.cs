using System.Text;
using Jixiao.Core.Framework;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Layouts;

/// <summary>
/// Joins the lines of a page laid out in columns (PDF text) into table rows: under an indicator
/// header, a line with nothing in the value column and no level-1 category starting in its column
/// continues the cells of the row above (a name, a category or its annotation wrapped within its cell);
/// anywhere, a line the page showed to go on with the cells above (a goal or a field's value wrapped).
/// </summary>
internal static class WrappedRows
{
    public static IReadOnlyList<Row> Join(IReadOnlyList<Row> rows)
    {
        if (!rows.Any(r => r.Wrapped))
        {
            return rows;
        }

        var result = new List<Row>(rows.Count);
        int[]? keys = null;
        var level1 = -1;
        foreach (var row in rows)
        {
            Reading.ReadDeadline.Check();
            if (row.Wrapped && IndicatorHeader.IsHeader(row))
            {
                keys = row.Cells.Select((c, k) => (Role: ColumnRoles.Of(c.Text), k))
                    .Where(x => x.Role is ColumnRole.Value or ColumnRole.PeriodValue).Select(x => x.k).ToArray();
                level1 = row.Cells.Select((c, k) => (Role: ColumnRoles.Of(c.Text), k)).Where(x => x.Role is ColumnRole.Level1).Select(x => x.k).DefaultIfEmpty(-1).First();
                result.Add(row);
                continue;
            }

            // Under an indicator header a line continues the row above when the page showed it or, without the page, when its
            // value column is empty; above the header (the fields, the goals) only when the page showed it.
            if ((keys is not null || row is { ContinuationKnown: true, Continues: true }) && row.Wrapped && !row.IsBlank && result.Count > 0 && result[^1] is { Wrapped: true } above
                && !IndicatorHeader.IsHeader(above) && row.Cells.Count == above.Cells.Count
                && (row.ContinuationKnown ? row.Continues : (keys!.All(k => k >= row.Cells.Count || row.Cells[k].IsBlank)
                    && (level1 < 0 || level1 >= row.Cells.Count || IndicatorFramework.Recognise(row.Cells[level1].Text) is null)))
                && !CellText.IsPageFurniture(row.Filled.First().Text) && FieldLabels.Of(row.Filled.First().Text) is null)
            {
                result[^1] = above with { Cells = above.Cells.Select((c, k) => Append(c, row.Cells[k], row.ContinuesOnNewLine)).ToList() };
                continue;
            }

            if (row.Wrapped && row.IsBlank)
            {
                keys = null;
            }

            result.Add(row);
        }

        return result;
    }

    private static Cell Append(Cell above, Cell below, bool newLine)
    {
        if (below.IsBlank)
        {
            return above;
        }

        if (above.IsBlank)
        {
            return below;
        }

        var a = above.Text.TrimEnd();
        var b = below.Text.Trim();
        var sb = new StringBuilder(a.Length + b.Length + 1).Append(a);
        if (newLine)
        {
            sb.Append('\n');
        }
        else if (char.IsAsciiLetterOrDigit(a[^1]) && char.IsAsciiLetterOrDigit(b[0]))
        {
            sb.Append(' ');
        }

        return above with { Text = sb.Append(b).ToString() };
    }
}
