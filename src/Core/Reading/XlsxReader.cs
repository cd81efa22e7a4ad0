using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Core.Targets;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Core.Reading;

/// <summary>
/// Reads every worksheet of an Excel workbook (.xlsx) into a grid whose row and column numbers are
/// Excel's: empty rows stay as blank rows, missing cells become blank cells (cell index = column − 1),
/// and a merged range keeps its value in the top-left cell with blanks in the rest.
/// </summary>
public sealed class XlsxReader : IDocumentReader
{
    private const int MaxRows = 1_048_576;
    private const int MaxColumns = 16_384;

    /// <summary>How far a merged range may reach beyond the sheet's data before it is cut off.</summary>
    private const int MergeOverhang = 256;

    public bool CanRead(string name, ReadOnlySpan<byte> head) =>
        name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
        || (head.StartsWith("PK\x03\x04"u8) && !name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase));

    public ReadResult Read(string name, byte[] content) =>
        OpenXmlSafety.Read(
            name,
            content,
            OpenXmlSafety.Workbook,
            (stream, settings) => SpreadsheetDocument.Open(stream, isEditable: false, settings),
            document => ReadWorkbook(name, document));

    private static SourceDocument? ReadWorkbook(string name, SpreadsheetDocument document)
    {
        if (document.WorkbookPart is not { Workbook: { } workbook } workbookPart)
        {
            return null;
        }

        var text = new XlsxCellText(workbookPart);
        var grids = new List<Grid>();
        foreach (var sheet in workbook.Sheets?.Elements<S.Sheet>() ?? [])
        {
            // Chart sheets and dialog sheets have no cells.
            if (sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart worksheetPart)
            {
                grids.Add(ReadSheet(sheet.Name?.Value ?? "", worksheetPart.Worksheet, text));
            }
        }

        return new SourceDocument(name, grids);
    }

    private static Grid ReadSheet(string sheetName, S.Worksheet worksheet, XlsxCellText text)
    {
        var values = new Dictionary<(int Row, int Column), string>();
        var widths = new Dictionary<int, int>(); // row number → cells the row must have
        var rowNumber = 0;
        foreach (var row in worksheet.GetFirstChild<S.SheetData>()?.Elements<S.Row>() ?? [])
        {
            rowNumber = OpenXmlSafety.Integer(row.RowIndex) is { } index ? (int)Math.Clamp(index, 0, int.MaxValue) : rowNumber + 1;
            if (rowNumber > MaxRows)
            {
                break;
            }

            var column = 0;
            foreach (var cell in row.Elements<S.Cell>())
            {
                column = TryParseReference(cell.CellReference?.Value, out _, out var c) ? c : column + 1;
                if (column <= MaxColumns && text.Of(cell) is { Length: > 0 } value)
                {
                    values[(rowNumber, column)] = value;
                    Widen(widths, rowNumber, column);
                }
            }
        }

        ApplyMerges(worksheet, values, widths);
        return new Grid(sheetName, BuildRows(sheetName, values, widths));
    }

    /// <summary>Blanks every cell of a merged range but the top-left one, and makes the whole range exist.</summary>
    private static void ApplyMerges(S.Worksheet worksheet, Dictionary<(int, int), string> values, Dictionary<int, int> widths)
    {
        var dataRows = widths.Count == 0 ? 0 : widths.Keys.Max();
        var dataColumns = widths.Count == 0 ? 0 : widths.Values.Max();
        foreach (var merge in worksheet.GetFirstChild<S.MergeCells>()?.Elements<S.MergeCell>() ?? [])
        {
            if (!TryParseRange(merge.Reference?.Value, out var top, out var left, out var bottom, out var right))
            {
                continue;
            }

            // A range reaching far past the data (say A1:XFD1) is cut so it cannot blow up the grid.
            bottom = Math.Min(bottom, Math.Max(dataRows, top) + MergeOverhang);
            right = Math.Min(right, Math.Max(dataColumns, left) + MergeOverhang);
            for (var r = top; r <= bottom; r++)
            {
                for (var c = r == top ? left + 1 : left; c <= right; c++)
                {
                    values.Remove((r, c));
                }

                Widen(widths, r, right);
            }
        }
    }

    private static List<Row> BuildRows(string sheetName, Dictionary<(int, int), string> values, Dictionary<int, int> widths)
    {
        var lastRow = widths.Count == 0 ? 0 : widths.Keys.Max();
        var rows = new List<Row>(lastRow);
        for (var r = 1; r <= lastRow; r++)
        {
            var cells = new Cell[widths.GetValueOrDefault(r)];
            for (var c = 1; c <= cells.Length; c++)
            {
                cells[c - 1] = new Cell(values.GetValueOrDefault((r, c), ""), new SourcePosition(sheetName, r, c));
            }

            rows.Add(new Row(cells, new SourcePosition(sheetName, r, 0)));
        }

        return rows;
    }

    private static void Widen(Dictionary<int, int> widths, int row, int column) =>
        widths[row] = Math.Max(widths.GetValueOrDefault(row), column);

    /// <summary>"B12" → row 12, column 2; false for anything else or beyond Excel's limits.</summary>
    internal static bool TryParseReference(string? reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        for (; reference is not null && i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumns)
            {
                return false;
            }
        }

        return i > 0
            && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row)
            && row is >= 1 and <= MaxRows;
    }

    /// <summary>"A1:C2" (or a single "A1") → its corners, normalised so top ≤ bottom and left ≤ right.</summary>
    internal static bool TryParseRange(string? range, out int top, out int left, out int bottom, out int right)
    {
        top = left = bottom = right = 0;
        var parts = (range ?? "").Split(':');
        if (parts.Length > 2
            || !TryParseReference(parts[0], out var r1, out var c1)
            || !TryParseReference(parts[^1], out var r2, out var c2))
        {
            return false;
        }

        (top, bottom) = (Math.Min(r1, r2), Math.Max(r1, r2));
        (left, right) = (Math.Min(c1, c2), Math.Max(c1, c2));
        return true;
    }
}
