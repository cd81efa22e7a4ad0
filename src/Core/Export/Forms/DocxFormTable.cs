using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Core.Export.Forms;

/// <summary>A range of a form's rows as a bordered Word table: merges as gridSpan and vMerge, fixed column widths.</summary>
internal static class DocxFormTable
{
    public const int Margin = 1134;

    /// <summary>
    /// Column widths in twips: the form's widths scaled to the page's text width, then widened where a label,
    /// heading or category would wrap (a category printed over two lines reads as two; 当年度金额（万 / 元）
    /// loses its amount to a reader of the printed form), taking the room from the columns that have more
    /// than their own text needs (the names, the values, the descriptions).
    /// </summary>
    public static int[] Twips(FormGrid form)
    {
        var text = (form.Landscape ? 16838 : 11906) - (2 * Margin);
        var total = form.Widths.Sum();
        var widths = form.Widths.Select(w => w / total * text).ToArray();
        var need = new double[widths.Length];
        foreach (var row in form.Rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c] is { ColumnSpan: 1, Kind: FormCellKind.Label or FormCellKind.Heading or FormCellKind.Category } cell)
                {
                    need[c] = Math.Min(Math.Max(need[c], OneLine(cell.Text, bold: cell.Kind != FormCellKind.Category)), text * 0.3);
                }
            }
        }

        var deficit = widths.Select((w, c) => Math.Max(0, need[c] - w)).Sum();
        var slack = widths.Select((w, c) => Math.Max(0, w - Math.Max(need[c], MinimumColumn))).ToArray();
        var available = slack.Sum();
        if (deficit > 0 && available > 0)
        {
            var share = Math.Min(1, available / deficit);
            for (var c = 0; c < widths.Length; c++)
            {
                widths[c] = need[c] > widths[c] ? widths[c] + ((need[c] - widths[c]) * share) : widths[c] - (slack[c] / available * deficit * share);
            }
        }

        return [.. widths.Select(w => (int)w)];
    }

    /// <summary>A column keeps at least this much (twips, four characters) when it gives room to others.</summary>
    private const double MinimumColumn = 4 * 210 + CellPadding;

    /// <summary>Word's cell margins left and right (0.19 cm each) and a little to spare.</summary>
    private const double CellPadding = 2 * 108 + 60;

    /// <summary>Twips the longest line of a text takes in 五号 (10.5 pt): a Chinese character 210, other characters about half.</summary>
    private static double OneLine(string text, bool bold) =>
        (text.Split('\n').Max(l => l.Sum(ch => ch < 0x2E80 ? 116.0 : 210.0)) * (bold ? 1.05 : 1)) + CellPadding;

    public static Table Table(FormGrid form, int from, int to, int[] twips, int repeatHeader)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = twips.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                border,
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(new TopMargin { Width = "30", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "30", Type = TableWidthUnitValues.Dxa })),
            new TableGrid(twips.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var owners = form.Coverage();
        for (var r = from; r < to; r++)
        {
            // A row never breaks across pages; the indicator table's heading rows repeat at the top of each page.
            var rowProperties = new TableRowProperties();
            if (!form.RowsMayBreak)
            {
                rowProperties.Append(new CantSplit());
            }

            if (r - from < repeatHeader)
            {
                rowProperties.Append(new TableHeader());
            }

            var row = new TableRow(rowProperties);
            for (var c = 0; c < form.ColumnCount;)
            {
                var (ownerRow, ownerColumn) = owners[r, c];
                var owner = form.Rows[ownerRow][ownerColumn];
                if (owner is null || ownerColumn != c)
                {
                    row.Append(Cell("", FormCellKind.Value, twips[c], 1, null));
                    c++;
                    continue;
                }

                var merge = owner.RowSpan == 1 || ownerRow < from ? (MergedCellValues?)null
                    : ownerRow == r ? MergedCellValues.Restart : MergedCellValues.Continue;
                var text = ownerRow == r || ownerRow < from ? owner.Text : "";
                var width = twips.Skip(c).Take(owner.ColumnSpan).Sum();
                row.Append(Cell(text, owner.Kind, width, owner.ColumnSpan, merge));
                c += owner.ColumnSpan;
            }

            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(string text, FormCellKind kind, int width, int span, MergedCellValues? merge)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(m == MergedCellValues.Restart ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
        }

        if (kind is FormCellKind.Label or FormCellKind.Heading)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "F2F4F7", Color = "auto" });
        }

        // Text at the top of its cell, Word's default: a merged category starts on the line of its first row, so a
        // reader of the printed form (pdftotext) finds each row's category where the row begins.
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top });
        var justification = kind switch
        {
            FormCellKind.Label or FormCellKind.Heading or FormCellKind.Category => JustificationValues.Center,
            FormCellKind.Amount => JustificationValues.Right,
            _ => JustificationValues.Left,
        };
        return new TableCell(properties, DocxFormWriter.Paragraph(text, justification, bold: kind is FormCellKind.Label or FormCellKind.Heading));
    }
}
