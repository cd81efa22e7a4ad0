using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Core.Export.Forms;

/// <summary>One form as a worksheet, written with a streaming writer so a large workbook never sits in memory as a DOM.</summary>
internal static class XlsxFormSheet
{
    /// <summary>Writes the worksheet; returns the 1-based rows to repeat at the top of each printed page, if any.</summary>
    public static (int First, int Last)? Write(WorksheetPart part, FormGrid form)
    {
        var width = form.ColumnCount;
        var merges = new List<string>();
        var offset = 1 + form.Subtitles.Count; // rows above the table: the title and the subtitles
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetProperties());
            writer.WriteElement(new PageSetupProperties { FitToPage = true });
            writer.WriteEndElement();
            writer.WriteStartElement(new Columns());
            for (var c = 0; c < width; c++)
            {
                writer.WriteElement(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = form.Widths[c], CustomWidth = true });
            }

            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            var rowNumber = 1;
            WriteRow(writer, rowNumber, [(0, form.Title, XlsxFormStyles.Title)], 30);
            merges.Add(Range(rowNumber, 0, rowNumber, width - 1));
            foreach (var line in form.Subtitles)
            {
                WriteRow(writer, ++rowNumber, [(0, line, XlsxFormStyles.Subtitle)], 18);
                merges.Add(Range(rowNumber, 0, rowNumber, width - 1));
            }

            for (var r = 0; r < form.Rows.Count; r++)
            {
                var cells = new List<(int, string, uint)>();
                var lines = 1;
                for (var c = 0; c < width; c++)
                {
                    if (form.Rows[r][c] is { } cell)
                    {
                        cells.Add((c, cell.Text, XlsxFormStyles.Of(cell.Kind)));
                        if (cell.ColumnSpan > 1 || cell.RowSpan > 1)
                        {
                            merges.Add(Range(offset + r + 1, c, offset + r + cell.RowSpan, c + cell.ColumnSpan - 1));
                        }

                        if (cell.RowSpan == 1)
                        {
                            lines = Math.Max(lines, Lines(cell.Text, form.Widths.Skip(c).Take(cell.ColumnSpan).Sum()));
                        }
                    }
                    else
                    {
                        cells.Add((c, "", XlsxFormStyles.Value)); // bordered, covered by a merge
                    }
                }

                WriteRow(writer, offset + r + 1, cells, Math.Min(409, 4 + (15 * lines)));
            }

            rowNumber = offset + form.Rows.Count + 1;
            if (form.Footer is { } footer)
            {
                WriteRow(writer, rowNumber + 1, [(0, footer, XlsxFormStyles.Footer)], 24);
                merges.Add(Range(rowNumber + 1, 0, rowNumber + 1, width - 1));
            }

            writer.WriteEndElement();
            if (merges.Count > 0)
            {
                writer.WriteStartElement(new MergeCells());
                foreach (var range in merges)
                {
                    writer.WriteElement(new MergeCell { Reference = range });
                }

                writer.WriteEndElement();
            }

            writer.WriteElement(new PrintOptions { HorizontalCentered = true });
            writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            writer.WriteElement(new PageSetup
            {
                PaperSize = 9, Orientation = form.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0,
            });
            writer.WriteElement(new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));
            writer.WriteEndElement();
        }

        return form.HeaderRow >= 0 ? (offset + form.HeaderRow + 1, offset + form.HeaderRow + form.HeaderRowCount) : null;
    }

    private static void WriteRow(OpenXmlWriter writer, int number, IEnumerable<(int Column, string Text, uint Style)> cells, double height)
    {
        writer.WriteStartElement(new Row(), [
            new OpenXmlAttribute("r", "", number.ToString(CultureInfo.InvariantCulture)),
            new OpenXmlAttribute("ht", "", height.ToString(CultureInfo.InvariantCulture)),
            new OpenXmlAttribute("customHeight", "", "1"),
        ]);
        foreach (var (column, text, style) in cells)
        {
            var reference = ColumnName(column + 1) + number.ToString(CultureInfo.InvariantCulture);
            if (style == XlsxFormStyles.Amount && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
            {
                writer.WriteElement(new Cell(new CellValue(amount.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = style });
            }
            else if (text.Length == 0)
            {
                writer.WriteElement(new Cell { CellReference = reference, StyleIndex = style });
            }
            else
            {
                // An inline string is text whatever it starts with (=, +, -, @): no cell here carries a formula.
                writer.WriteElement(new Cell(new InlineString(new Text(FormText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString,
                });
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>Lines a text wraps to in a column of the given width (a CJK character takes two width units).</summary>
    private static int Lines(string text, double width)
    {
        var room = Math.Max(4, width - 1);
        return text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Sum(ch => ch > 0x2E80 ? 2.0 : 1.1) / room)));
    }

    private static string Range(int top, int left, int bottom, int right) =>
        ColumnName(left + 1) + top.ToString(CultureInfo.InvariantCulture) + ":" + ColumnName(right + 1) + bottom.ToString(CultureInfo.InvariantCulture);

    internal static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }
}
