using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Core.Tests.Reading;

/// <summary>
/// Writes a gold reading back as the standard form a bureau fills in: a title, the field rows (项目名称 /
/// 部门名称, 预算单位, 预算资金), then the indicator table 一级指标 | 二级指标 | 三级指标 | 计算符号 | 指标值 |
/// 计量单位 with each category a merged cell over its rows. A sign column and a unit column are written
/// only where the gold shows the source had them (its raw value lacks a sign or unit the row has), as in
/// the 预算管理一体化 exports of the corpus; elsewhere the value is written as the source wrote it.
/// </summary>
public static class GoldFormWriter
{
    private static readonly string[] SignSymbols = ["≥", "≤", "≧", "≦", ">=", "<=", "＞", "＜", "＝", ">", "<", "="];

    /// <summary>One sheet of the form: rows of cells (null = covered by a merge) and merged ranges.</summary>
    public sealed record Form(string Title, string?[][] Rows, string[] Merges);

    public static Form Build(GoldSheet sheet)
    {
        // A table whose rows have no category at all (a05) is written without the level columns, as its source was.
        var levels = sheet.Rows.Any(r => r.L1 is not null || r.L2 is not null);
        var sign = sheet.Rows.Any(r => r.Op is not null && r.Raw is not null && !SignSymbols.Any(s => r.Raw.TrimStart().StartsWith(s, StringComparison.Ordinal)) && !HasSignWord(r.Raw));
        var unit = sheet.Rows.Any(r => r.Unit is not null && r.Raw is not null && !r.Raw.Contains(r.Unit, StringComparison.Ordinal));
        string[] header = [.. levels ? ["一级指标", "二级指标"] : Array.Empty<string>(), "三级指标", .. sign ? ["计算符号"] : Array.Empty<string>(), "指标值", .. unit ? ["计量单位"] : Array.Empty<string>()];
        var width = header.Length;
        var rows = new List<string?[]>();
        var merges = new List<string>();

        void Field(string label, string? value)
        {
            if (value is not null)
            {
                merges.Add(Range(rows.Count, 1, rows.Count, width - 1));
                rows.Add([label, value, .. Enumerable.Repeat<string?>(null, width - 2)]);
            }
        }

        Field(sheet.Department ? "部门名称" : "项目名称", sheet.Department ? sheet.Unit ?? "" : sheet.Project ?? "");
        Field(sheet.Department ? "主管部门" : "预算单位", sheet.Unit);
        Field("预算资金（万元）", sheet.BudgetWan?.ToString("0.00##", CultureInfo.InvariantCulture));
        rows.Add(header);
        var first = rows.Count;
        foreach (var row in sheet.Rows)
        {
            var (signCell, valueCell, unitCell) = Cells(row, sign, unit);
            rows.Add([.. levels ? [row.L1 ?? "", row.L2 ?? ""] : Array.Empty<string>(), row.L3, .. sign ? [signCell] : Array.Empty<string>(), valueCell, .. unit ? [unitCell] : Array.Empty<string>()]);
        }

        if (levels)
        {
            // Level 1 merges over equal neighbours; level 2 only within its level 1. Blank categories stay unmerged.
            MergeRuns(0);
            MergeRuns(1);
        }

        string? Key(int i, int column) => column == 0 ? sheet.Rows[i].L1 : sheet.Rows[i].L2 is null ? null : sheet.Rows[i].L1 + "\u0001" + sheet.Rows[i].L2;

        void MergeRuns(int column)
        {
            for (var i = 0; i < sheet.Rows.Count;)
            {
                var end = i;
                while (Key(i, column) is not null && end + 1 < sheet.Rows.Count && Key(end + 1, column) == Key(i, column))
                {
                    end++;
                    rows[first + end][column] = null;
                }

                if (end > i)
                {
                    merges.Add(Range(first + i, column, first + end, column));
                }

                i = end + 1;
            }
        }

        return new Form(sheet.Department ? "部门整体支出绩效目标表" : "项目支出绩效目标表", [.. rows], [.. merges]);
    }

    /// <summary>
    /// The sign, value and unit cells of a row. With a sign column the leading sign moves there; with a unit
    /// column a trailing unit after a plain number moves there. A row without a value (raw null) is written
    /// with an empty value cell, as the source form left it.
    /// </summary>
    private static (string Sign, string Value, string Unit) Cells(GoldRow row, bool signColumn, bool unitColumn)
    {
        var value = (row.Raw ?? "").Trim();
        var sign = "";
        if (signColumn && row.Op is { } op)
        {
            sign = op switch { ">=" => "≥", "<=" => "≤", _ => op };
            if (SignSymbols.FirstOrDefault(s => value.StartsWith(s, StringComparison.Ordinal)) is { } written)
            {
                value = value[written.Length..].TrimStart();
            }
            else if (HasSignWord(value))
            {
                sign = "";
            }
        }

        var unit = "";
        if (unitColumn && row.Unit is { } u)
        {
            var number = value.EndsWith(u, StringComparison.Ordinal) ? value[..^u.Length].Trim() : value;
            if (decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                (value, unit) = (number, u);
            }
        }

        return (sign, value, unit);
    }

    private static bool HasSignWord(string raw) =>
        new[] { "不低于", "不少于", "不高于", "不超过", "大于", "小于", "等于", "以上", "以下", "以内", "达到", "≥", "≤" }.Any(w => raw.Contains(w, StringComparison.Ordinal));

    private static string Range(int top, int left, int bottom, int right) =>
        OpenXmlFixtures.ColumnName(left + 1) + (top + 1).ToString(CultureInfo.InvariantCulture) + ":" + OpenXmlFixtures.ColumnName(right + 1) + (bottom + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A workbook with a worksheet per sheet: the title merged across the top, the form below; landscape, fitted to the page width.</summary>
    public static byte[] Workbook(IReadOnlyList<Form> forms)
    {
        var sheets = forms.Select((f, i) =>
        {
            var width = f.Rows.Max(r => r.Length);
            var rows = new[] { new string?[] { f.Title }.Concat(Enumerable.Repeat<string?>(null, width - 1)).ToArray() }.Concat(f.Rows).ToArray();
            var merges = new[] { Range(0, 0, 0, width - 1) }.Concat(f.Merges.Select(m => Shift(m))).ToArray();
            return ("表" + (i + 1).ToString(CultureInfo.InvariantCulture), rows, merges);
        }).ToArray();
        var bytes = OpenXmlFixtures.WorkbookWithNumbers(sheets);
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            foreach (var part in document.WorkbookPart!.WorksheetParts)
            {
                var worksheet = part.Worksheet;
                worksheet.InsertAt(new S.SheetProperties(new S.PageSetupProperties { FitToPage = true }), 0);
                worksheet.InsertBefore(new S.Columns(new S.Column { Min = 1, Max = 2, Width = 14, CustomWidth = true }, new S.Column { Min = 3, Max = 3, Width = 40, CustomWidth = true }, new S.Column { Min = 4, Max = 6, Width = 14, CustomWidth = true }), worksheet.GetFirstChild<S.SheetData>());
                worksheet.Append(new S.PageSetup { Orientation = S.OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
                worksheet.Save();
            }
        }

        return stream.ToArray();
    }

    /// <summary>A Word document: each sheet's title as a paragraph and its form as one bordered table; A4 landscape.</summary>
    public static byte[] Document(IReadOnlyList<Form> forms)
    {
        var blocks = forms.SelectMany(f => new DocxBlock[] { f.Title, new DocxTable(f.Rows, f.Merges), "" }).ToArray();
        return OpenXmlFixtures.EditDocument(OpenXmlFixtures.Document(blocks), body => body.Append(new W.SectionProperties(
            new W.PageSize { Width = 16838, Height = 11906, Orient = W.PageOrientationValues.Landscape },
            new W.PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 720, Footer = 720, Gutter = 0 })));
    }

    private static string Shift(string range) =>
        string.Join(':', range.Split(':').Select(cell =>
        {
            var letters = new string(cell.TakeWhile(char.IsAsciiLetter).ToArray());
            return letters + (int.Parse(cell[letters.Length..], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        }));
}
