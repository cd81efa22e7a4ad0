using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Core.Export;

/// <summary>How a column's cells are written: text, a whole number, or an amount with two decimals.</summary>
public enum ExportColumnKind
{
    Text,
    Integer,
    Amount,
}

public sealed record ExportColumn(string Title, ExportColumnKind Kind = ExportColumnKind.Text, double Width = 12);

/// <summary>A list as people download it: a title for the sheet tab, the columns, rows of cells (string, number or null).</summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// Writes a list for Excel, WPS and LibreOffice: CSV (UTF-8 with a byte order mark, so Excel reads
/// the Chinese; RFC 4180 quoting) and .xlsx (a header row that stays in view and filters, amounts
/// as numbers formatted #,##0.00). Text that a spreadsheet would take for a formula (=, +, -, @
/// at the start) is written with a leading apostrophe in CSV so it stays text.
/// </summary>
public static class TableExport
{
    public static void WriteCsv(Stream output, ExportTable table)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        writer.NewLine = "\r\n";
        writer.WriteLine(string.Join(',', table.Columns.Select(c => Quote(c.Title))));
        foreach (var row in table.Rows)
        {
            writer.WriteLine(string.Join(',', row.Select((cell, i) => Quote(CsvText(cell, table.Columns[i].Kind)))));
        }
    }

    public static void WriteXlsx(Stream output, ExportTable table) => WriteXlsx(output, [table]);

    /// <summary>Several lists in one workbook, a worksheet each, in order (the 目标表 list and its indicator rows).</summary>
    public static void WriteXlsx(Stream output, IReadOnlyList<ExportTable> tables)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            // Marked as a list, so importing it again is refused as no target table (not read as one).
            document.PackageProperties.Category = Reading.XlsxReader.OwnListCategory;
            document.PackageProperties.Creator = "Jixiao";
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = new Sheets();
            var names = new DefinedNames();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var t = 0; t < tables.Count; t++)
            {
                var table = tables[t];
                var worksheet = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(Row(1, table.Columns.Select(c => (object?)c.Title).ToList(), table.Columns, header: true));
                for (var i = 0; i < table.Rows.Count; i++)
                {
                    data.Append(Row((uint)i + 2, table.Rows[i], table.Columns, header: false));
                }

                var lastColumn = ColumnName(table.Columns.Count);
                worksheet.Worksheet = new Worksheet(
                    new SheetViews(new SheetView(
                        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                    { WorkbookViewId = 0 }),
                    new Columns(table.Columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })),
                    data,
                    new AutoFilter { Reference = $"A1:{lastColumn}{table.Rows.Count + 1}" });
                var name = SheetName(table.Name);
                name = used.Add(name) ? name : SheetName((t + 1).ToString(CultureInfo.InvariantCulture) + " " + name);
                used.Add(name);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = (uint)t + 1, Name = name });
                names.Append(new DefinedName($"'{name}'!$A$1:${lastColumn}${table.Rows.Count + 1}")
                {
                    Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)t, Hidden = true,
                });
            }

            workbook.Workbook.AppendChild(sheets);
            workbook.Workbook.AppendChild(names);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Row Row(uint index, IReadOnlyList<object?> cells, IReadOnlyList<ExportColumn> columns, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = ColumnName(i + 1) + index.ToString(CultureInfo.InvariantCulture);
            var kind = header ? ExportColumnKind.Text : columns[i].Kind;
            var cell = new Cell { CellReference = reference, StyleIndex = header ? 1u : kind == ExportColumnKind.Amount ? 2u : 0u };
            switch (cells[i])
            {
                case null:
                    break;
                case string text:
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
                    break;
                case IFormattable number:
                    cell.CellValue = new CellValue(number.ToString(null, CultureInfo.InvariantCulture));
                    break;
                default:
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(Clean(cells[i]!.ToString() ?? "")));
                    break;
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>Normal, bold header with a light fill, amount #,##0.00 (built-in format 4).</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F4F7" }) { PatternType = PatternValues.Solid })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }));

    private static string CsvText(object? cell, ExportColumnKind kind) => cell switch
    {
        null => "",
        decimal amount when kind == ExportColumnKind.Amount => amount.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Defused(cell.ToString() ?? ""),
    };

    /// <summary>Text a spreadsheet would evaluate (=SUM(…), +1, -1, @x) is kept as text.</summary>
    private static string Defused(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>XML cannot hold most control characters; a cell drops them rather than break the file.</summary>
    private static string Clean(string text) =>
        text.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r') ? new string([.. text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')]) : text;

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>A sheet tab name: at most 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
        return clean.Length == 0 ? "Sheet1" : clean[..Math.Min(31, clean.Length)];
    }
}
