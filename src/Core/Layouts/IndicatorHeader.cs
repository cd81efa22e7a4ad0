using Jixiao.Core.Reading;

namespace Jixiao.Core.Layouts;

/// <summary>
/// The header of an indicator table: where the name column is and what follows it. Rows are read
/// by absolute column where their name cell sits under the header's, else by the order of the
/// cells after the name (extraction shifts rows left). A header may be stacked: its labels after
/// 三级指标 each on a line of their own (003), and then so is every data row.
/// </summary>
internal sealed class IndicatorHeader
{
    public required int NameColumn { get; init; }

    /// <summary>The roles after the name, in order; with their absolute columns (-1 when stacked).</summary>
    public required IReadOnlyList<(ColumnRole Role, int Column)> After { get; init; }

    public required bool Stacked { get; init; }

    /// <summary>How many rows the header took (1, or more when stacked).</summary>
    public required int RowCount { get; init; }

    /// <summary>Whether the row is the header of an indicator table: 三级指标 with 一级 or 二级 beside it.</summary>
    public static bool IsHeader(Row row)
    {
        var roles = row.Filled.Select(c => ColumnRoles.Of(c.Text)).ToList();
        return roles.Contains(ColumnRole.Name) && (roles.Contains(ColumnRole.Level1) || roles.Contains(ColumnRole.Level2));
    }

    public static IndicatorHeader Read(IReadOnlyList<Row> rows, int index)
    {
        var row = rows[index];
        var nameColumn = -1;
        var after = new List<(ColumnRole, int)>();
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var text = row.Cells[c].Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var role = ColumnRoles.Of(text);
            if (role == ColumnRole.Name)
            {
                nameColumn = c;
            }
            else if (nameColumn >= 0)
            {
                after.Add((role ?? ColumnRole.Other, c));
            }
        }

        var count = 1;
        var stacked = false;
        while (index + count < rows.Count)
        {
            var filled = rows[index + count].Filled.ToList();
            if (filled.Count != 1 || ColumnRoles.Of(filled[0].Text) is not { } role || role is ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Name)
            {
                break;
            }

            stacked = true;
            after.Add((role, -1));
            count++;
        }

        if (stacked)
        {
            after = after.Select(a => (a.Item1, -1)).ToList();
        }

        return new IndicatorHeader { NameColumn = nameColumn, After = after, Stacked = stacked, RowCount = count };
    }

    public int IndexOf(ColumnRole role)
    {
        for (var i = 0; i < After.Count; i++)
        {
            if (After[i].Role == role)
            {
                return i;
            }
        }

        return -1;
    }
}
