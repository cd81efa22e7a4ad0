using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Core.Reading;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Core.Tests.Reading;

/// <summary>
/// Builds real .xlsx and .docx files in memory. Rows are given top to bottom, cells left to right; a null
/// cell writes nothing (a blank, or a cell covered by a merge); merges are ranges like "A1:C1" — for a
/// Word table the letters count grid columns and the digits table rows.
/// </summary>
public static partial class OpenXmlFixtures
{
    /// <summary>A workbook of text cells (shared strings), one sheet per tuple, in order.</summary>
    public static byte[] Workbook(params (string SheetName, string?[][] Rows, string[] Merges)[] sheets) =>
        Workbook(sheets.Select(s => new XlsxSheet(s.SheetName, Cells(s.Rows, text => text), s.Merges)).ToArray());

    /// <summary>Like <see cref="Workbook((string, string?[][], string[])[])"/>, but numbers ("12.5") and percentages ("95%") become numeric cells.</summary>
    public static byte[] WorkbookWithNumbers(params (string SheetName, string?[][] Rows, string[] Merges)[] sheets) =>
        Workbook(sheets.Select(s => new XlsxSheet(s.SheetName, Cells(s.Rows, XlsxCell.Infer), s.Merges)).ToArray());

    public static byte[] Workbook(params XlsxSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var strings = new List<S.SharedStringItem>();
            var formats = new List<(uint Id, string? Code)>();
            var sheetList = new S.Sheets();
            foreach (var (sheet, index) in sheets.Select((s, i) => (s, i)))
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                worksheetPart.Worksheet = Worksheet(sheet, strings, formats);
                sheetList.Append(new S.Sheet { Name = sheet.Name, SheetId = (uint)index + 1, Id = workbookPart.GetIdOfPart(worksheetPart) });
            }

            workbookPart.Workbook = new S.Workbook(sheetList);
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = new S.SharedStringTable(strings);
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet(formats);
        }

        return stream.ToArray();
    }

    private static XlsxCell?[][] Cells(string?[][] rows, Func<string, XlsxCell> cell) =>
        rows.Select(row => row.Select(text => text is null ? null : cell(text)).ToArray()).ToArray();

    private static S.Worksheet Worksheet(XlsxSheet sheet, List<S.SharedStringItem> strings, List<(uint, string?)> formats)
    {
        var data = new S.SheetData();
        for (var r = 0; r < sheet.Rows.Length; r++)
        {
            var row = new S.Row { RowIndex = (uint)r + 1 };
            for (var c = 0; c < sheet.Rows[r].Length; c++)
            {
                if (sheet.Rows[r][c] is { } cell)
                {
                    row.Append(WriteCell(cell, ColumnName(c + 1) + (r + 1).ToString(CultureInfo.InvariantCulture), strings, formats));
                }
            }

            if (row.HasChildren)
            {
                data.Append(row); // rows without cells are left out, as Excel does
            }
        }

        var worksheet = new S.Worksheet(data);
        if (sheet.Merges.Length > 0)
        {
            worksheet.Append(new S.MergeCells(sheet.Merges.Select(m => new S.MergeCell { Reference = m })));
        }

        return worksheet;
    }

    private static S.Cell WriteCell(XlsxCell cell, string reference, List<S.SharedStringItem> strings, List<(uint, string?)> formats)
    {
        var result = new S.Cell { CellReference = reference };
        if (cell.Number is { } number)
        {
            result.CellValue = new S.CellValue(number.ToString("R", CultureInfo.InvariantCulture));
            if (cell.FormatId is not null || cell.FormatCode is not null)
            {
                formats.Add((cell.FormatId ?? (uint)(164 + formats.Count), cell.FormatCode));
                result.StyleIndex = (uint)formats.Count; // style 0 is the default
            }
        }
        else if (cell.Inline)
        {
            result.DataType = S.CellValues.InlineString;
            result.InlineString = new S.InlineString(SpreadsheetText(cell.Text ?? ""));
        }
        else
        {
            strings.Add(cell.Runs is { } runs
                ? new S.SharedStringItem(runs.Select(run => new S.Run(new S.RunProperties(new S.Bold()), SpreadsheetText(run))))
                : new S.SharedStringItem(SpreadsheetText(cell.Text ?? "")));
            result.DataType = S.CellValues.SharedString;
            result.CellValue = new S.CellValue((strings.Count - 1).ToString(CultureInfo.InvariantCulture));
        }

        return result;
    }

    private static S.Text SpreadsheetText(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>A minimal valid stylesheet: style 0 is the default, style n uses formats[n − 1].</summary>
    private static S.Stylesheet Stylesheet(List<(uint Id, string? Code)> formats)
    {
        var stylesheet = new S.Stylesheet();
        var custom = formats.Where(f => f.Code is not null).ToList();
        if (custom.Count > 0)
        {
            stylesheet.Append(new S.NumberingFormats(custom.Select(f => new S.NumberingFormat { NumberFormatId = f.Id, FormatCode = f.Code })));
        }

        stylesheet.Append(
            new S.Fonts(new S.Font()),
            new S.Fills(new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None }), new S.Fill(new S.PatternFill { PatternType = S.PatternValues.Gray125 })),
            new S.Borders(new S.Border(new S.LeftBorder(), new S.RightBorder(), new S.TopBorder(), new S.BottomBorder(), new S.DiagonalBorder())),
            new S.CellStyleFormats(new S.CellFormat()),
            new S.CellFormats(new[] { new S.CellFormat() }.Concat(formats.Select(f => new S.CellFormat { NumberFormatId = f.Id, ApplyNumberFormat = true }))));
        return stylesheet;
    }

    /// <summary>
    /// Rewrites one part of a package (say "xl/worksheets/sheet1.xml" or "word/document.xml") at the zip
    /// level, for markup the builders do not write and for damaged files.
    /// </summary>
    public static byte[] EditPart(byte[] package, string partName, Func<string, string> edit)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create))
        {
            Assert.Contains(source.Entries, e => e.FullName == partName);
            foreach (var entry in source.Entries)
            {
                string? text = null;
                using var copy = new MemoryStream();
                using (var input = entry.Open())
                {
                    input.CopyTo(copy);
                }

                if (entry.FullName == partName)
                {
                    text = edit(Encoding.UTF8.GetString(copy.ToArray()));
                }

                using var written = target.CreateEntry(entry.FullName).Open();
                written.Write(text is null ? copy.ToArray() : Encoding.UTF8.GetBytes(text));
            }
        }

        return output.ToArray();
    }

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int column) => Jixiao.Core.Targets.SourcePosition.ColumnName(column);
}

/// <summary>One worksheet to write: its name, rows of cells (null = nothing written) and merged ranges.</summary>
public sealed record XlsxSheet(string Name, XlsxCell?[][] Rows, params string[] Merges);

/// <summary>One cell to write: text (a shared string unless <see cref="Inline"/>), rich-text runs, or a number with a format.</summary>
public sealed record XlsxCell(string? Text = null, double? Number = null, uint? FormatId = null, string? FormatCode = null, bool Inline = false, string[]? Runs = null)
{
    public static implicit operator XlsxCell(string text) => new(text);

    public static XlsxCell InlineText(string text) => new(text, Inline: true);

    public static XlsxCell RichText(params string[] runs) => new(Runs: runs);

    /// <summary>A number; with a built-in format id (9 = 0%, 10 = 0.00%, 14 = date) or a custom format code ("0.0%").</summary>
    public static XlsxCell Numeric(double value, uint? formatId = null, string? formatCode = null) => new(Number: value, FormatId: formatId, FormatCode: formatCode);

    /// <summary>"95%" → 0.95 shown as a percentage, "12.5" → a number; anything that would not read back as written stays text.</summary>
    public static XlsxCell Infer(string text)
    {
        var percent = text.EndsWith('%');
        var digits = percent ? text[..^1] : text;
        var decimals = digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;
        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || (percent ? value.ToString("F" + decimals, CultureInfo.InvariantCulture) : XlsxCellText.Plain((double)value)) != digits)
        {
            return text;
        }

        return !percent ? Numeric((double)value)
            : decimals == 0 ? Numeric((double)(value / 100), 9)
            : Numeric((double)(value / 100), formatCode: "0." + new string('0', decimals) + "%");
    }
}
