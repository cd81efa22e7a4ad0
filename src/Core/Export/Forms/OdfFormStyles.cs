using System.Globalization;
using System.Xml;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// The styles of the OpenDocument forms (<see cref="OdfFormWriter"/>), named once instead of repeated per cell: 宋体
/// 10.5 pt text without room added between Chinese and Latin text, the paragraph alignments, bordered cells (shaded
/// for labels and headings, text at the top), rows kept whole, and the A4 portrait and landscape pages with 2 cm
/// margins that a form's title starts.
/// </summary>
internal static class OdfFormStyles
{
    private const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    public static string TableStyle(int[] twips) => "t" + twips.Sum().ToString(CultureInfo.InvariantCulture);

    public static string ColumnStyle(int twips) => "c" + twips.ToString(CultureInfo.InvariantCulture);

    public static void Write(XmlWriter xml, IReadOnlyList<FormGrid> forms)
    {
        xml.WriteStartElement("office", "styles", Office);
        Start(xml, "default-style", null, "paragraph");
        Properties(xml, "paragraph-properties", ("fo:margin-top", "0pt"), ("fo:margin-bottom", "0pt"), ("style:text-autospace", "none"));
        Properties(xml, "text-properties", ("fo:font-family", "宋体"), ("style:font-family-asian", "宋体"), ("style:font-family-complex", "宋体"),
            ("fo:font-size", "10.5pt"), ("style:font-size-asian", "10.5pt"), ("style:font-size-complex", "10.5pt"),
            ("style:language-asian", "zh"), ("style:country-asian", "CN"));
        xml.WriteEndElement();
        Paragraph(xml, "Left", "start");
        Paragraph(xml, "Center", "center");
        Paragraph(xml, "Right", "end");
        Paragraph(xml, "CenterBold", "center", bold: true);
        Paragraph(xml, "TitlePortrait", "center", bold: true, size: "16pt", font: "黑体", master: "Portrait");
        Paragraph(xml, "TitleLandscape", "center", bold: true, size: "16pt", font: "黑体", master: "Landscape");
        Paragraph(xml, "Spacer", "start", size: "2pt");
        xml.WriteEndElement();

        // Writer takes the styles of table cells and rows only as automatic styles.
        xml.WriteStartElement("office", "automatic-styles", Office);
        CellStyle(xml, "Plain", null);
        CellStyle(xml, "Shaded", "#F2F4F7");
        Start(xml, "style", "RowWhole", "table-row");
        Properties(xml, "table-row-properties", ("fo:keep-together", "always"));
        xml.WriteEndElement();
        Start(xml, "style", "RowBreaks", "table-row");
        Properties(xml, "table-row-properties", ("fo:keep-together", "auto"));
        xml.WriteEndElement();
        PageLayout(xml, "PortraitLayout", "210mm", "297mm", "portrait");
        PageLayout(xml, "LandscapeLayout", "297mm", "210mm", "landscape");
        var widths = forms.Select(DocxFormTable.Twips).ToList();
        foreach (var total in widths.Select(w => w.Sum()).Distinct())
        {
            Start(xml, "style", "t" + total.ToString(CultureInfo.InvariantCulture), "table");
            Properties(xml, "table-properties", ("style:width", Points(total)), ("table:align", "center"));
            xml.WriteEndElement();
        }

        foreach (var width in widths.SelectMany(w => w).Distinct())
        {
            Start(xml, "style", ColumnStyle(width), "table-column");
            Properties(xml, "table-column-properties", ("style:column-width", Points(width)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        xml.WriteStartElement("office", "master-styles", Office);
        foreach (var (name, layout) in new[] { ("Portrait", "PortraitLayout"), ("Landscape", "LandscapeLayout") })
        {
            xml.WriteStartElement("style", "master-page", Style);
            xml.WriteAttributeString("style", "name", Style, name);
            xml.WriteAttributeString("style", "page-layout-name", Style, layout);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string Points(int twips) => (twips / 20.0).ToString("0.##", CultureInfo.InvariantCulture) + "pt";

    private static void Start(XmlWriter xml, string element, string? name, string family)
    {
        xml.WriteStartElement("style", element, Style);
        if (name is not null)
        {
            xml.WriteAttributeString("style", "name", Style, name);
        }

        xml.WriteAttributeString("style", "family", Style, family);
    }

    private static void Properties(XmlWriter xml, string element, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement("style", element, Style);
        foreach (var (name, value) in attributes)
        {
            var parts = name.Split(':', 2);
            var (prefix, local) = (parts[0], parts[1]);
            xml.WriteAttributeString(prefix, local, prefix switch { "fo" => Fo, "table" => Table, _ => Style }, value);
        }

        xml.WriteEndElement();
    }

    private static void Paragraph(XmlWriter xml, string name, string align, bool bold = false, string? size = null, string? font = null, string? master = null)
    {
        Start(xml, "style", name, "paragraph");
        if (master is not null)
        {
            xml.WriteAttributeString("style", "master-page-name", Style, master);
        }

        Properties(xml, "paragraph-properties", ("fo:text-align", align));
        var text = new List<(string, string)>();
        if (bold)
        {
            text.AddRange([("fo:font-weight", "bold"), ("style:font-weight-asian", "bold"), ("style:font-weight-complex", "bold")]);
        }

        if (size is not null)
        {
            text.AddRange([("fo:font-size", size), ("style:font-size-asian", size), ("style:font-size-complex", size)]);
        }

        if (font is not null)
        {
            text.AddRange([("fo:font-family", font), ("style:font-family-asian", font)]);
        }

        if (text.Count > 0)
        {
            Properties(xml, "text-properties", [.. text]);
        }

        xml.WriteEndElement();
    }

    /// <summary>A bordered cell (0.5 pt, as the Word form's), Word's default margins, its text at the top.</summary>
    private static void CellStyle(XmlWriter xml, string name, string? fill)
    {
        Start(xml, "style", name, "table-cell");
        var properties = new List<(string, string)>
        {
            ("fo:border", "0.5pt solid #000000"), ("fo:padding-left", "5.4pt"), ("fo:padding-right", "5.4pt"),
            ("fo:padding-top", "1.5pt"), ("fo:padding-bottom", "1.5pt"), ("style:vertical-align", "top"),
        };
        if (fill is not null)
        {
            properties.Add(("fo:background-color", fill));
        }

        Properties(xml, "table-cell-properties", [.. properties]);
        xml.WriteEndElement();
    }

    private static void PageLayout(XmlWriter xml, string name, string width, string height, string orientation)
    {
        xml.WriteStartElement("style", "page-layout", Style);
        xml.WriteAttributeString("style", "name", Style, name);
        Properties(xml, "page-layout-properties", ("fo:page-width", width), ("fo:page-height", height), ("style:print-orientation", orientation),
            ("fo:margin-top", "2cm"), ("fo:margin-bottom", "2cm"), ("fo:margin-left", "2cm"), ("fo:margin-right", "2cm"));
        xml.WriteEndElement();
    }
}
