using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// The 公开表 (seed 001): one table for a run of project sheets — 单位编码 | 单位及项目名称 | 金额(万元) | 绩效目标 |
/// 绩效指标, a 合计 row, the department (3-digit code) and unit (6-digit) rows with their subtotals, then a row
/// per project with its goals one per line and its indicators as the outline 一、产出指标 / （一）数量指标 / 1. name value.
/// </summary>
public static class PublicListBuilder
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static FormGrid Build(IReadOnlyList<TargetSheet> sheets)
    {
        double[] widths = [10, 26, 11, 44, 56];
        var rows = new List<FormCell?[]>
        {
            new FormCell?[] { Head("单位编码"), Head("单位及项目名称"), Head("金额(万元)"), Head("绩效目标"), Head("绩效指标") },
            new FormCell?[] { new("合计", FormCellKind.Category), new(""), Amount(Sum(sheets)), new(""), new("") },
        };
        foreach (var group in sheets.GroupBy(s => (s.UnitCode, s.Department, s.Unit)))
        {
            var (code, department, unit) = group.Key;
            var subtotal = Amount(Sum([.. group]));
            if (code is { Length: 6 } && department is not null)
            {
                rows.Add([new(code[..3], FormCellKind.Category), new(department), subtotal, new(""), new("")]);
            }

            if (code is { Length: 3 or 6 } && (unit ?? department) is { } name)
            {
                rows.Add([new(code, FormCellKind.Category), new(name), subtotal, new(""), new("")]);
            }

            foreach (var sheet in group)
            {
                rows.Add([
                    new(sheet.ProjectCode ?? "", FormCellKind.Category), new(sheet.ProjectName ?? ""),
                    sheet.Budget?.Total is { } total ? Amount(total.ToWan()) : new(""),
                    new(string.Join("\n", sheet.Goals.Select(g => g.Text))), new(Outline(sheet.Indicators)),
                ]);
            }
        }

        var first = sheets[0];
        return new FormGrid
        {
            Title = FormFamilies.Title(first, FormFamily.PublicList),
            Subtitles = first.FiscalYear is { } y && !FormFamilies.Title(first, FormFamily.PublicList).Contains(y.ToString(CultureInfo.InvariantCulture) + "年", StringComparison.Ordinal)
                ? [string.Create(CultureInfo.InvariantCulture, $"（{y}年度）")] : [],
            Widths = widths,
            Rows = rows,
            HeaderRow = 0,
            HeaderRowCount = 1,
            Landscape = true,
            RowsMayBreak = true,
            Name = first.Department ?? first.Unit ?? "公开表",
            // A published list carries no 盖章 line; a row under it would be read as one more project.
        };
    }

    /// <summary>一、产出指标 / （一）数量指标 / 1. 新增就业岗位 ≥740个, numbered afresh under each heading.</summary>
    public static string Outline(IReadOnlyList<Indicator> indicators)
    {
        var lines = new List<string>();
        string? level1 = null, level2 = null;
        int n1 = 0, n2 = 0, n3 = 0;
        foreach (var indicator in indicators)
        {
            var placed = indicator.PlacedUnder ?? indicator.Level1;
            if (placed != level1)
            {
                (level1, level2, n2, n3) = (placed, null, 0, 0);
                lines.Add(Numeral(n1++) + "、" + placed);
            }

            if (indicator.Level2 is { } l2 && l2 != level2)
            {
                (level2, n3) = (l2, 0);
                lines.Add("（" + Numeral(n2++) + "）" + l2);
            }

            var value = indicator.Value.Raw is { Length: > 0 } raw ? " " + raw : "";
            lines.Add((++n3).ToString(CultureInfo.InvariantCulture) + ". " + indicator.Name + value);
        }

        return string.Join("\n", lines);
    }

    private static string Numeral(int i) => i < Numerals.Length ? Numerals[i] : (i + 1).ToString(CultureInfo.InvariantCulture);

    private static decimal Sum(IReadOnlyList<TargetSheet> sheets) => sheets.Sum(s => s.Budget?.Total?.ToWan() ?? 0m);

    private static FormCell Head(string text) => new(text, FormCellKind.Heading);

    private static FormCell Amount(decimal wan) => new(wan.ToString("0.00", CultureInfo.InvariantCulture), FormCellKind.Amount);
}
