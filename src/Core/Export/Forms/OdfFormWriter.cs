using System.Globalization;
using System.Text;
using System.Xml;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// The forms as one flat OpenDocument text (.fodt), the input LibreOffice prints the PDF from
/// (docs/decisions/017-pdf-from-odf.md): the same layout as the Word form — each form on a new A4 page
/// (portrait, or landscape for wide tables), the title, the header fields and the indicator table as two
/// bordered tables with the same column widths (<see cref="DocxFormTable.Twips"/>), the indicator heading
/// repeated on every page, rows kept whole, then the 填表单位（盖章） line. LibreOffice reads its own format
/// without the Word import's cost; a handful of named styles replace the properties the .docx repeats per cell.
/// Written as a stream, form by form.
/// </summary>
public sealed class OdfFormWriter : IFormWriter
{
    private const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    public string Format => "fodt";

    public string MediaType => "application/vnd.oasis.opendocument.text-flat-xml";

    public void Write(Stream output, IReadOnlyList<FormGrid> forms)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("office", "document", Office);
        xml.WriteAttributeString("xmlns", "style", null, Style);
        xml.WriteAttributeString("xmlns", "text", null, Text);
        xml.WriteAttributeString("xmlns", "table", null, Table);
        xml.WriteAttributeString("xmlns", "fo", null, Fo);
        xml.WriteAttributeString("office", "version", Office, "1.3");
        xml.WriteAttributeString("office", "mimetype", Office, "application/vnd.oasis.opendocument.text");
        OdfFormStyles.Write(xml, forms);
        xml.WriteStartElement("office", "body", Office);
        xml.WriteStartElement("office", "text", Office);
        for (var i = 0; i < forms.Count; i++)
        {
            WriteForm(xml, forms[i], i);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteForm(XmlWriter xml, FormGrid form, int index)
    {
        // The title's style starts a new page in the form's page style (portrait or landscape).
        Paragraph(xml, form.Landscape ? "TitleLandscape" : "TitlePortrait", form.Title);
        foreach (var line in form.Subtitles)
        {
            Paragraph(xml, "Center", line);
        }

        var split = form.HeaderRow >= 0 ? form.HeaderRow : form.Rows.Count;
        var twips = DocxFormTable.Twips(form);
        if (split > 0)
        {
            TableOf(xml, form, twips, 0, split, 0, $"f{index}a");
            Paragraph(xml, "Spacer", "");
        }

        if (split < form.Rows.Count)
        {
            TableOf(xml, form, twips, split, form.Rows.Count, form.HeaderRowCount, $"f{index}b");
        }

        if (form.Footer is { } footer)
        {
            Paragraph(xml, "Left", footer);
        }
    }

    private static void TableOf(XmlWriter xml, FormGrid form, int[] twips, int from, int to, int repeat, string name)
    {
        xml.WriteStartElement("table", "table", Table);
        xml.WriteAttributeString("table", "name", Table, name);
        xml.WriteAttributeString("table", "style-name", Table, OdfFormStyles.TableStyle(twips));
        foreach (var width in twips)
        {
            xml.WriteStartElement("table", "table-column", Table);
            xml.WriteAttributeString("table", "style-name", Table, OdfFormStyles.ColumnStyle(width));
            xml.WriteEndElement();
        }

        var owners = form.Coverage();
        var rowStyle = form.RowsMayBreak ? "RowBreaks" : "RowWhole";
        for (var r = from; r < to; r++)
        {
            if (r == from && repeat > 0)
            {
                xml.WriteStartElement("table", "table-header-rows", Table);
            }

            xml.WriteStartElement("table", "table-row", Table);
            xml.WriteAttributeString("table", "style-name", Table, rowStyle);
            for (var c = 0; c < form.ColumnCount; c++)
            {
                var (ownerRow, ownerColumn) = owners[r, c];
                var owner = form.Rows[ownerRow][ownerColumn];
                if (owner is null)
                {
                    Cell(xml, new FormCell(""), 1, 1);
                }
                else if (ownerRow == r && ownerColumn == c)
                {
                    Cell(xml, owner, owner.ColumnSpan, Math.Min(owner.RowSpan, to - r));
                }
                else if (ownerRow < from && ownerColumn == c && r == from)
                {
                    // A merged cell begun in the table before this one: its text starts again at this table's top.
                    Cell(xml, owner, owner.ColumnSpan, Math.Min(owner.RowSpan - (from - ownerRow), to - r));
                }
                else
                {
                    xml.WriteStartElement("table", "covered-table-cell", Table);
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
            if (r == from + repeat - 1)
            {
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
    }

    private static void Cell(XmlWriter xml, FormCell cell, int columns, int rows)
    {
        xml.WriteStartElement("table", "table-cell", Table);
        xml.WriteAttributeString("table", "style-name", Table, cell.Kind is FormCellKind.Label or FormCellKind.Heading ? "Shaded" : "Plain");
        if (columns > 1)
        {
            xml.WriteAttributeString("table", "number-columns-spanned", Table, columns.ToString(CultureInfo.InvariantCulture));
        }

        if (rows > 1)
        {
            xml.WriteAttributeString("table", "number-rows-spanned", Table, rows.ToString(CultureInfo.InvariantCulture));
        }

        Paragraph(xml, cell.Kind switch
        {
            FormCellKind.Label or FormCellKind.Heading => "CenterBold",
            FormCellKind.Category => "Center",
            FormCellKind.Amount => "Right",
            _ => "Left",
        }, cell.Text);
        xml.WriteEndElement();
    }

    /// <summary>A paragraph of the text: line ends as line breaks, runs of spaces and tabs kept (ODF collapses them otherwise).</summary>
    private static void Paragraph(XmlWriter xml, string style, string text)
    {
        xml.WriteStartElement("text", "p", Text);
        xml.WriteAttributeString("text", "style-name", Text, style);
        var clean = FormText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal);
        var run = new StringBuilder();
        for (var i = 0; i < clean.Length; i++)
        {
            var ch = clean[i];
            if (ch is '\n' or '\r' or '\t' || (ch == ' ' && (i == 0 || clean[i - 1] == ' ' || i == clean.Length - 1)))
            {
                xml.WriteString(run.ToString());
                run.Clear();
                xml.WriteStartElement("text", ch switch { '\t' => "tab", ' ' => "s", _ => "line-break" }, Text);
                xml.WriteEndElement();
                continue;
            }

            run.Append(ch);
        }

        xml.WriteString(run.ToString());
        xml.WriteEndElement();
    }
}
