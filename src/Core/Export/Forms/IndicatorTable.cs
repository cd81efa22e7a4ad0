using System.Globalization;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Export.Forms;

/// <summary>A column of the indicator table: its heading, width and what it shows of a row.</summary>
public sealed record IndicatorColumn(string Heading, double Width, Func<Indicator, string?> Text, bool Category = false);

/// <summary>
/// The indicator table of a form: [核心职能] 一级指标 | 二级指标 | 三级指标 | [实施周期指标值] | 指标值, then
/// whichever of 指标解释, 计算公式, 指标值确定依据, 上年度指标值 and 权重 the sheet has. Category cells merge
/// down over their rows (二级 only within its 一级, both within a 职能), as the forms print them.
/// </summary>
public static class IndicatorTable
{
    public static IReadOnlyList<IndicatorColumn> Columns(TargetSheet sheet, FormFamily family)
    {
        var rows = sheet.Indicators;
        var columns = new List<IndicatorColumn>();
        if (rows.Any(i => i.Function is not null))
        {
            columns.Add(new IndicatorColumn("核心职能", 14, i => i.Function, Category: true));
        }

        // A table whose rows have no category at all (a05) is written without the category columns, as its source was.
        if (rows.Count == 0 || rows.Any(i => i.Level1.Length > 0 || i.Level2 is not null || i.PlacedUnder is not null))
        {
            columns.Add(new IndicatorColumn("一级指标", 11, i => i.PlacedUnder ?? i.Level1, Category: true));
            columns.Add(new IndicatorColumn("二级指标", 13, i => i.Level2, Category: true));
        }

        columns.Add(new IndicatorColumn("三级指标", 30, i => i.Name));
        var period = rows.Any(i => i.PeriodValue is not null);
        if (period)
        {
            columns.Add(new IndicatorColumn("实施周期指标值", 16, i => i.PeriodValue?.Raw));
        }

        if (rows.Any(NeedsUnitCell))
        {
            // 计量单位 in a column of its own where a unit joined to the number would read back as another (≥80 | 人数, not ≥80人数 → 人).
            columns.Add(new IndicatorColumn(period ? "当年度指标值" : "指标值", 14, i => WithoutUnit(i.Value).Value));
            columns.Add(new IndicatorColumn("计量单位", 8, i => WithoutUnit(i.Value).Unit));
        }
        else
        {
            columns.Add(new IndicatorColumn(period ? "当年度指标值" : "指标值", 16, i => i.Value.Raw));
        }

        Optional(columns, rows, family == FormFamily.ProjectPlan ? "绩效指标描述" : "指标解释", 30, i => i.Description);
        Optional(columns, rows, "计算公式", 24, i => i.Formula);
        Optional(columns, rows, "指标值确定依据", 16, i => i.Basis);
        Optional(columns, rows, "上年度指标值或实际水平", 14, i => i.LastYearValue);
        Optional(columns, rows, "权重", 8, i => i.Weight?.ToString("0.##########", CultureInfo.InvariantCulture));
        return columns;
    }

    private static bool NeedsUnitCell(Indicator indicator) =>
        indicator.Value is { Raw: { } raw, Unit: { } unit } && raw.EndsWith(unit, StringComparison.Ordinal) && TargetValueParser.Parse(raw).Unit != unit;

    /// <summary>A value ending in its unit split into the value and the unit; any other value as written, with no unit cell.</summary>
    private static (string? Value, string? Unit) WithoutUnit(TargetValue value) =>
        value is { Raw: { } raw, Unit: { } unit } && raw.Length > unit.Length && raw.EndsWith(unit, StringComparison.Ordinal) ? (raw[..^unit.Length], unit) : (value.Raw, null);

    private static void Optional(List<IndicatorColumn> columns, IReadOnlyList<Indicator> rows, string heading, double width, Func<Indicator, string?> text)
    {
        if (rows.Any(i => !string.IsNullOrWhiteSpace(text(i))))
        {
            columns.Add(new IndicatorColumn(heading, width, text));
        }
    }

    /// <summary>Appends the header row and a row per indicator; the last column takes the rest of the width.</summary>
    public static void Append(List<FormCell?[]> rows, int width, TargetSheet sheet, IReadOnlyList<IndicatorColumn> columns)
    {
        FormCell Spanned(int c, FormCell cell) => c == columns.Count - 1 && width > columns.Count ? cell with { ColumnSpan = width - c } : cell;

        var header = new FormCell?[width];
        for (var c = 0; c < columns.Count; c++)
        {
            header[c] = Spanned(c, new FormCell(columns[c].Heading, FormCellKind.Heading));
        }

        rows.Add(header);
        var first = rows.Count;
        var indicators = sheet.Indicators;
        foreach (var indicator in indicators)
        {
            var row = new FormCell?[width];
            for (var c = 0; c < columns.Count; c++)
            {
                row[c] = Spanned(c, new FormCell(columns[c].Text(indicator) ?? "", columns[c].Category ? FormCellKind.Category : FormCellKind.Value));
            }

            rows.Add(row);
        }

        // Each category column merges runs of the same text under the same categories to its left; blanks stay single.
        for (var c = 0; c < columns.Count && columns[c].Category; c++)
        {
            string? Key(int i) => string.IsNullOrEmpty(columns[c].Text(indicators[i]))
                ? null
                : string.Join('\u0001', columns.Take(c + 1).Select(col => col.Text(indicators[i]) ?? ""));
            for (var i = 0; i < indicators.Count;)
            {
                var end = i;
                while (Key(i) is not null && end + 1 < indicators.Count && Key(end + 1) == Key(i))
                {
                    end++;
                    rows[first + end][c] = null;
                }

                if (end > i)
                {
                    rows[first + i][c] = rows[first + i][c]! with { RowSpan = end - i + 1 };
                }

                i = end + 1;
            }
        }
    }
}
