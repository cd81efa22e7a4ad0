using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Core.Targets;
using M = DocumentFormat.OpenXml.Math;

namespace Jixiao.Core.Reading;

/// <summary>
/// Reads the body of a Word document (.docx) into one grid, in document order: a row per paragraph
/// ("正文", paragraph number), a row per table row ("表n", row, grid column) with merged cells as blanks
/// after (gridSpan) or below (vMerge) the cell holding the value, and a blank row after each table.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    private const string BodyPart = "正文";

    /// <summary>Word allows 63 columns; larger spans are damage or mischief.</summary>
    private const int MaxSpan = 63;

    public bool CanRead(string name, ReadOnlySpan<byte> head) =>
        name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    public ReadResult Read(string name, byte[] content) =>
        OpenXmlSafety.Read(
            name,
            content,
            OpenXmlSafety.WordDocument,
            (stream, settings) => WordprocessingDocument.Open(stream, isEditable: false, settings),
            document => ReadDocument(name, document));

    private static ReadResult ReadDocument(string name, WordprocessingDocument document)
    {
        if (document.MainDocumentPart?.Document is not { } main)
        {
            return OpenXmlSafety.Corrupt(name, OpenXmlSafety.WordDocument);
        }

        var budget = new CellBudget();
        var rows = new List<Row>();
        int paragraphs = 0, tables = 0;
        foreach (var block in Children(main.Body, e => e is Paragraph or Table))
        {
            if (block is Table table)
            {
                var part = string.Create(CultureInfo.InvariantCulture, $"表{++tables}");
                var rowNumber = 0;
                foreach (var row in Children(table, e => e is TableRow).Cast<TableRow>())
                {
                    rows.Add(ReadRow(row, part, ++rowNumber));
                    if (!budget.TrySpend(rows[^1].Cells.Count + 1))
                    {
                        return budget.Refusal(name);
                    }
                }

                rows.Add(Single("", new SourcePosition(part, rowNumber + 1, 0)));
            }
            else
            {
                rows.Add(Single(ParagraphText(block), new SourcePosition(BodyPart, ++paragraphs, 0)));
            }

            if (!budget.TrySpend(1))
            {
                return budget.Refusal(name);
            }
        }

        return ReadResult.Ok(new SourceDocument(name, [new Grid(null, rows)]));
    }

    private static Row Single(string text, SourcePosition position) => new([new Cell(text, position)], position);

    private static Row ReadRow(TableRow row, string part, int rowNumber)
    {
        var cells = new List<Cell>();
        void Add(string text) => cells.Add(new Cell(text, new SourcePosition(part, rowNumber, cells.Count + 1)));

        var before = OpenXmlSafety.Integer(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val) ?? 0;
        for (var i = 0; i < Math.Clamp(before, 0, MaxSpan); i++)
        {
            Add("");
        }

        foreach (var cell in Children(row, e => e is TableCell).Cast<TableCell>())
        {
            var properties = cell.TableCellProperties;
            var continued = IsContinuation(properties?.VerticalMerge, properties?.VerticalMerge?.Val)
                || IsContinuation(properties?.HorizontalMerge, properties?.HorizontalMerge?.Val);
            Add(continued ? "" : CellText(cell, 0));
            for (var i = 1; i < Math.Clamp(OpenXmlSafety.Integer(properties?.GridSpan?.Val) ?? 1, 1, MaxSpan); i++)
            {
                Add("");
            }
        }

        return new Row(cells, new SourcePosition(part, rowNumber, 0));
    }

    /// <summary>A merge element without val="restart" continues the cell before (above) it.</summary>
    private static bool IsContinuation(OpenXmlElement? merge, OpenXmlSimpleType? value) =>
        merge is not null && value?.InnerText != "restart";

    /// <summary>A cell's paragraphs joined by line feeds; a nested table gives a line per row, its cells tab-separated.</summary>
    private static string CellText(OpenXmlElement container, int depth)
    {
        if (depth > ReadLimits.MaxDepth)
        {
            return "";
        }

        var lines = Children(container, e => e is Paragraph or Table).Select(block => block is Table nested
            ? string.Join("\n", Children(nested, e => e is TableRow).Select(row => string.Join("\t",
                Children(row, e => e is TableCell).Select(cell => CellText(cell, depth + 1)).Where(t => !string.IsNullOrWhiteSpace(t)))))
            : ParagraphText(block));
        return string.Join("\n", lines);
    }

    private static string ParagraphText(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        AppendText(paragraph, text, 0);
        return text.ToString();
    }

    /// <summary>
    /// Visible text only: no deleted text, field codes or the fallback copy of alternate content. The part
    /// was checked against <see cref="ReadLimits.MaxDepth"/> before it was loaded; the depth here keeps the
    /// recursion bounded on its own.
    /// </summary>
    private static void AppendText(OpenXmlElement element, StringBuilder text, int depth)
    {
        if (depth > ReadLimits.MaxDepth)
        {
            return;
        }

        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t: text.Append(t.Text); break;
                case M.Text t: text.Append(t.Text); break;
                case TabChar or PositionalTab: text.Append('\t'); break;
                case Break or CarriageReturn: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('-'); break;
                case AlternateContentFallback or DeletedText or FieldCode or DeletedFieldCode: break;
                default: AppendText(child, text, depth + 1); break;
            }
        }
    }

    /// <summary>The children of <paramref name="parent"/> that match, looking through content controls and custom XML.</summary>
    private static IEnumerable<OpenXmlElement> Children(OpenXmlElement? parent, Func<OpenXmlElement, bool> match, int depth = 0)
    {
        if (depth > ReadLimits.MaxDepth)
        {
            yield break;
        }

        foreach (var child in parent?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
        {
            if (match(child))
            {
                yield return child;
            }
            else if (child is SdtElement or SdtContentBlock or SdtContentRow or SdtContentCell or CustomXmlElement)
            {
                foreach (var inner in Children(child, match, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }
}
