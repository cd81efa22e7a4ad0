using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Core.Reading;

/// <summary>
/// Reads every worksheet of an Excel workbook (.xlsx) into a grid whose row and column numbers are
/// Excel's: empty rows stay as blank rows (a long run of them cut short), missing cells become blank
/// cells (cell index = column − 1), and a merged range keeps its value in the top-left cell with blanks
/// in the rest (<see cref="XlsxSheetReader"/>).
/// </summary>
public sealed class XlsxReader : IDocumentReader
{
    internal const int MaxRows = 1_048_576;
    internal const int MaxColumns = 16_384;

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

    /// <summary>
    /// The category Jixiao's own list downloads carry in their document properties: a list of sheets or of
    /// indicator rows, not a target table, so reading one gives no grid (it would read as a table of nonsense).
    /// </summary>
    public const string OwnListCategory = "jixiao-list";

    private static ReadResult ReadWorkbook(string name, SpreadsheetDocument document)
    {
        if (document.WorkbookPart is not { Workbook: { } workbook } workbookPart)
        {
            return OpenXmlSafety.Corrupt(name, OpenXmlSafety.Workbook);
        }

        if (string.Equals(document.PackageProperties.Category, OwnListCategory, StringComparison.Ordinal))
        {
            return ReadResult.Ok(new SourceDocument(name, []));
        }

        var text = new XlsxCellText(workbookPart);
        var budget = new CellBudget();
        var grids = new List<Grid>();
        foreach (var sheet in workbook.Sheets?.Elements<S.Sheet>() ?? [])
        {
            // Chart sheets and dialog sheets have no cells.
            if (sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart worksheetPart)
            {
                if (XlsxSheetReader.Read(sheet.Name?.Value ?? "", worksheetPart, text, budget) is not { } grid)
                {
                    return budget.Refusal(name);
                }

                grids.Add(grid);
            }
        }

        return ReadResult.Ok(new SourceDocument(name, grids));
    }

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
