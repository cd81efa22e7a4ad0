using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Core.Export.Forms;

/// <summary>The cell styles of a form worksheet, by index.</summary>
internal static class XlsxFormStyles
{
    public const uint Title = 1, Subtitle = 2, Label = 3, Value = 4, Heading = 5, Category = 6, Amount = 7, Footer = 8;

    public static uint Of(FormCellKind kind) => kind switch
    {
        FormCellKind.Label => Label,
        FormCellKind.Heading => Heading,
        FormCellKind.Category => Category,
        FormCellKind.Amount => Amount,
        _ => Value,
    };

    /// <summary>Fonts: 0 宋体 11, 1 bold 11, 2 bold 16 (黑体 for the title). Borders: 0 none, 1 thin all round.</summary>
    public static Stylesheet Stylesheet()
    {
        static Font Font(string name, double size, bool bold) =>
            bold ? new Font(new Bold(), new FontSize { Val = size }, new FontName { Val = name }) : new Font(new FontSize { Val = size }, new FontName { Val = name });

        static CellFormat Format(uint font, uint border, HorizontalAlignmentValues horizontal, uint fill = 0, uint numberFormat = 0) => new(
            new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = true })
        {
            FontId = font, BorderId = border, FillId = fill, NumberFormatId = numberFormat,
            ApplyFont = true, ApplyBorder = true, ApplyAlignment = true, ApplyFill = fill > 0, ApplyNumberFormat = numberFormat > 0,
        };

        var thin = new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        return new Stylesheet(
            new Fonts(Font("宋体", 11, false), Font("宋体", 11, true), Font("黑体", 16, true)),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F4F7" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin),
            new CellStyleFormats(new CellFormat()),
            new CellFormats(
                new CellFormat(),
                Format(2, 0, HorizontalAlignmentValues.Center),
                Format(0, 0, HorizontalAlignmentValues.Left),
                Format(1, 1, HorizontalAlignmentValues.Center, fill: 2),
                Format(0, 1, HorizontalAlignmentValues.Left),
                Format(1, 1, HorizontalAlignmentValues.Center, fill: 2),
                Format(0, 1, HorizontalAlignmentValues.Center),
                Format(0, 1, HorizontalAlignmentValues.Right, numberFormat: 2),
                Format(0, 0, HorizontalAlignmentValues.Left)));
    }
}
