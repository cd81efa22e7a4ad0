using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Core.Targets;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Core.Reading;

/// <summary>
/// Reads one worksheet, streaming: one &lt;row&gt; in memory at a time, never the whole sheet as a tree.
/// Only rows that exist become rows, with at most <see cref="ReadLimits.MaxBlankRun"/> blank rows for a
/// run of empty ones, so a stray cell in row 1,048,576 costs one row, not a million.
/// </summary>
internal sealed class XlsxSheetReader
{
    /// <summary>How far a merged range may reach beyond the sheet's data before it is cut off.</summary>
    private const int MergeOverhang = 256;

    private readonly Dictionary<(int Row, int Column), string> values = [];
    private readonly Dictionary<int, int> widths = []; // row number → cells the row must have
    private readonly List<string> merges = [];
    private readonly CellBudget budget;

    private XlsxSheetReader(CellBudget budget) => this.budget = budget;

    /// <summary>The sheet as a grid, or null when it would overdraw <paramref name="budget"/>.</summary>
    internal static Grid? Read(string sheetName, WorksheetPart part, XlsxCellText text, CellBudget budget)
    {
        var sheet = new XlsxSheetReader(budget);
        return sheet.Load(part, text) && sheet.ApplyMerges() ? sheet.BuildRows(sheetName) : null;
    }

    private bool Load(WorksheetPart part, XlsxCellText text)
    {
        using var reader = OpenXmlReader.Create(part);
        var rowNumber = 0;
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(S.Row))
            {
                var row = (S.Row)reader.LoadCurrentElement()!;
                rowNumber = OpenXmlSafety.Integer(row.RowIndex) is { } index ? (int)Math.Clamp(index, 0, int.MaxValue) : rowNumber + 1;
                if (rowNumber <= XlsxReader.MaxRows && !ReadRow(row, rowNumber, text))
                {
                    return false;
                }
            }
            else if (reader.ElementType == typeof(S.MergeCell))
            {
                merges.Add(((S.MergeCell)reader.LoadCurrentElement()!).Reference?.Value ?? "");
            }
        }

        return true;
    }

    private bool ReadRow(S.Row row, int rowNumber, XlsxCellText text)
    {
        var column = 0;
        foreach (var cell in row.Elements<S.Cell>())
        {
            column = XlsxReader.TryParseReference(cell.CellReference?.Value, out _, out var c) ? c : column + 1;
            if (column <= XlsxReader.MaxColumns && text.Of(cell) is { Length: > 0 } value)
            {
                values[(rowNumber, column)] = value;
                if (!Widen(rowNumber, column))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Blanks every cell of a merged range but the top-left one, and makes the whole range exist.</summary>
    private bool ApplyMerges()
    {
        var dataRows = widths.Count == 0 ? 0 : widths.Keys.Max();
        var dataColumns = widths.Count == 0 ? 0 : widths.Values.Max();
        foreach (var merge in merges)
        {
            if (!XlsxReader.TryParseRange(merge, out var top, out var left, out var bottom, out var right))
            {
                continue;
            }

            // A range reaching far past the data (say A1:XFD1) is cut so it cannot blow up the grid.
            bottom = Math.Min(bottom, Math.Max(dataRows, top) + MergeOverhang);
            right = Math.Min(right, Math.Max(dataColumns, left) + MergeOverhang);
            if (!budget.TrySpend((long)(bottom - top + 1) * (right - left + 1)))
            {
                return false;
            }

            for (var r = top; r <= bottom; r++)
            {
                for (var c = r == top ? left + 1 : left; c <= right; c++)
                {
                    values.Remove((r, c));
                }

                if (!Widen(r, right))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private Grid? BuildRows(string sheetName)
    {
        var rows = new List<Row>();
        var previous = 0;
        foreach (var r in widths.Keys.Order())
        {
            // Blank rows for the empty rows before this one, row numbers kept; a long run is cut short.
            for (var blank = Math.Max(previous + 1, r - ReadLimits.MaxBlankRun); blank < r; blank++)
            {
                rows.Add(new Row([], new SourcePosition(sheetName, blank, 0)));
            }

            var cells = new Cell[widths[r]];
            for (var c = 1; c <= cells.Length; c++)
            {
                cells[c - 1] = new Cell(values.GetValueOrDefault((r, c), ""), new SourcePosition(sheetName, r, c));
            }

            rows.Add(new Row(cells, new SourcePosition(sheetName, r, 0)));
            previous = r;
        }

        return budget.TrySpend(rows.Count) ? new Grid(sheetName, rows) : null;
    }

    /// <summary>Makes row <paramref name="row"/> at least <paramref name="column"/> cells wide, paying for the new cells.</summary>
    private bool Widen(int row, int column)
    {
        var width = widths.GetValueOrDefault(row);
        if (column <= width)
        {
            return true;
        }

        widths[row] = column;
        return budget.TrySpend(column - width);
    }
}
