using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// The forms as a Word document, each in its own A4 section (portrait, or landscape for wide tables): the
/// title, the header fields as one bordered table, the indicator table as another whose heading row repeats
/// on every page (rows never split across pages), then the 填报单位（盖章） and 日期 lines.
/// </summary>
public sealed class DocxFormWriter : IFormWriter
{
    public string Format => "docx";

    public string MediaType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public void Write(Stream output, IReadOnlyList<FormGrid> forms)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles();
            // The body is streamed form by form: each form's elements are built, written and dropped, so a
            // document of a thousand forms never sits in memory as one tree.
            using var writer = OpenXmlWriter.Create(main);
            writer.WriteStartElement(new Document());
            writer.WriteStartElement(new Body());
            for (var i = 0; i < forms.Count; i++)
            {
                foreach (var element in Elements(forms[i], last: i == forms.Count - 1))
                {
                    writer.WriteElement(element);
                }
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>One form's paragraphs and tables, ending with its section (A4, its orientation, a new page).</summary>
    private static IEnumerable<OpenXmlElement> Elements(FormGrid form, bool last)
    {
        yield return Paragraph(form.Title, JustificationValues.Center, bold: true, size: 32, font: "黑体");
        foreach (var line in form.Subtitles)
        {
            yield return Paragraph(line, JustificationValues.Center);
        }

        var split = form.HeaderRow >= 0 ? form.HeaderRow : form.Rows.Count;
        var twips = DocxFormTable.Twips(form);
        if (split > 0)
        {
            yield return DocxFormTable.Table(form, 0, split, twips, repeatHeader: 0);
            yield return Spacer();
        }

        if (split < form.Rows.Count)
        {
            yield return DocxFormTable.Table(form, split, form.Rows.Count, twips, repeatHeader: form.HeaderRowCount);
        }

        if (form.Footer is { } footer)
        {
            yield return Paragraph(footer, JustificationValues.Left);
        }

        yield return last ? Section(form.Landscape) : new Paragraph(new ParagraphProperties(Section(form.Landscape)));
    }

    /// <summary>A4 (11906 × 16838 twips) with 2 cm margins; each form starts a new page.</summary>
    private static SectionProperties Section(bool landscape) => new(
        new SectionType { Val = SectionMarkValues.NextPage },
        landscape ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape } : new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1134, Bottom = 1134, Left = DocxFormTable.Margin, Right = DocxFormTable.Margin, Header = 567, Footer = 567, Gutter = 0 });

    internal static Paragraph Paragraph(string text, JustificationValues justification, bool bold = false, int size = 0, string? font = null)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }, new Justification { Val = justification });
        var paragraph = new Paragraph(properties);
        var lines = FormText.Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            var runProperties = new RunProperties();
            if (font is not null)
            {
                runProperties.Append(new RunFonts { EastAsia = font, Ascii = font, HighAnsi = font });
            }

            if (bold)
            {
                runProperties.Append(new Bold());
            }

            if (size > 0)
            {
                runProperties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }

            if (runProperties.HasChildren)
            {
                run.Append(runProperties);
            }

            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }

    /// <summary>An empty 2-point paragraph: keeps the two tables apart (Word joins adjacent tables) without a visible gap.</summary>
    private static Paragraph Spacer() => new(new ParagraphProperties(
        new SpacingBetweenLines { Before = "0", After = "0", Line = "40", LineRule = LineSpacingRuleValues.Exact }));

    /// <summary>
    /// 宋体 10.5 pt (五号) for all the text, as the forms print it, digits and signs included; no room added between
    /// Chinese and Latin text (autoSpaceDE/DN off), so a space printed there is one the text has.
    /// </summary>
    private static Styles DefaultStyles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "宋体", HighAnsi = "宋体", EastAsia = "宋体", ComplexScript = "宋体" },
            new FontSize { Val = "21" }, new Languages { EastAsia = "zh-CN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new AutoSpaceDE { Val = false }, new AutoSpaceDN { Val = false },
            new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
}
