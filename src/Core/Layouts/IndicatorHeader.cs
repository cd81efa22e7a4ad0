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

    /// <summary>Where a second (年度) half of the table has its value column, when the form has 中期 | 年度 halves; else -1.</summary>
    public int AnnualValueColumn { get; init; } = -1;

    /// <summary>Whether the table has 一级/二级 columns at all (some templates list indicators with no categories).</summary>
    public bool HasCategoryColumns { get; init; } = true;

    /// <summary>
    /// The headings of the target columns of an allocation table (指标方向 | 东湖镇 | 西山乡: one target
    /// column per area, no 指标值 column); the first is read as the row's value. Empty for other tables.
    /// </summary>
    public IReadOnlyList<string> TargetColumns { get; init; } = [];

    /// <summary>Whether the row is the header of an indicator table: 三级指标 with 一级 or 二级 beside it.</summary>
    public static bool IsHeader(Row row)
    {
        // Most rows hold fewer than two column labels: answered without building lists (this runs on every row).
        var labelled = 0;
        foreach (var cell in row.Cells)
        {
            if (!cell.IsBlank && ColumnRoles.Of(cell.Text.Trim()) is not null && ++labelled >= 2)
            {
                break;
            }
        }

        if (labelled < 2)
        {
            return false;
        }

        var roles = row.Filled.Select(c => ColumnRoles.Of(c.Text)).ToList();
        if (roles.Contains(ColumnRole.Name) && (roles.Contains(ColumnRole.Level1) || roles.Contains(ColumnRole.Level2)))
        {
            return true;
        }

        // A table with no category columns: a name column (or 指标) with a value column after it and labels only.
        var cells = row.Filled.ToList();
        var name = NameAt(cells.Select(c => c.Text).ToList(), roles);
        return name >= 0 && roles.Skip(name + 1).Contains(ColumnRole.Value)
            && roles.Count(r => r is not null) >= 2 && cells.All(c => ColumnRoles.Of(c.Text) is not null || CellText.IsGroupLabel(c.Text));
    }

    /// <summary>The name column among header labels: 三级指标 / 指标名称, else the last 指标 before the value.</summary>
    private static int NameAt(List<string> texts, List<ColumnRole?> roles)
    {
        var at = roles.IndexOf(ColumnRole.Name);
        if (at >= 0)
        {
            return at;
        }

        var value = roles.IndexOf(ColumnRole.Value);
        for (var k = value - 1; k >= 0; k--)
        {
            if (roles[k] is null && CellText.IsGroupLabel(texts[k]))
            {
                return k;
            }
        }

        return -1;
    }

    public static IndicatorHeader Read(IReadOnlyList<Row> rows, int index)
    {
        var row = rows[index];
        var nameColumn = -1;
        var annualValue = -1;
        var after = new List<(ColumnRole, int)>();
        var texts = row.Cells.Select(c => c.Text).ToList();
        var roles = row.Cells.Select(c => string.IsNullOrWhiteSpace(c.Text) ? null : ColumnRoles.Of(c.Text)).ToList();
        var firstName = roles.Contains(ColumnRole.Name) ? -1 : NameAt(texts, roles);
        var secondHalf = false;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var text = row.Cells[c].Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var role = roles[c];
            if (secondHalf)
            {
                // 中期 | 年度 halves side by side (二级 | 三级 | 指标值 twice): the second half's value is the year's.
                if (role == ColumnRole.Value)
                {
                    annualValue = c;
                }

                continue;
            }

            if (role == ColumnRole.Name || c == firstName)
            {
                if (nameColumn >= 0 && after.Any(a => a.Item1 == ColumnRole.Value))
                {
                    secondHalf = true;
                    continue;
                }

                nameColumn = c;
                after.Clear();
            }
            else if (nameColumn >= 0)
            {
                if (role is ColumnRole.Level2 && after.Any(a => a.Item1 == ColumnRole.Value))
                {
                    secondHalf = true;
                    continue;
                }

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

        var targets = stacked ? [] : TargetColumnsOf(after, roles, texts);
        if (targets.Count > 0)
        {
            var first = after.FindIndex(a => a.Item2 == targets[0]);
            after[first] = (ColumnRole.Value, targets[0]);
        }

        return new IndicatorHeader
        {
            NameColumn = nameColumn, After = after, Stacked = stacked, RowCount = count, AnnualValueColumn = stacked ? -1 : annualValue,
            HasCategoryColumns = roles.Any(r => r is ColumnRole.Level1 or ColumnRole.Level2),
            TargetColumns = [.. targets.Select(c => texts[c].Trim())],
        };
    }

    /// <summary>
    /// An allocation table: a sign column (指标方向) followed by columns whose headings are no column
    /// label (the areas or units the targets are set for), and no 指标值 column. Their columns, or none.
    /// </summary>
    private static List<int> TargetColumnsOf(List<(ColumnRole Role, int Column)> after, List<ColumnRole?> roles, List<string> texts)
    {
        var sign = after.FindIndex(a => a.Role == ColumnRole.Sign);
        if (sign < 0 || after.Any(a => a.Role is ColumnRole.Value or ColumnRole.PeriodValue))
        {
            return [];
        }

        return [.. after.Skip(sign + 1).TakeWhile(a => roles[a.Column] is null && !CellText.IsValueLike(texts[a.Column])).Select(a => a.Column)];
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
