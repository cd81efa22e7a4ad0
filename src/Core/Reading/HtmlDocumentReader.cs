using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Reading;

/// <summary>
/// Reads HTML pages (forms published on government sites, Word saved as HTML): every table row
/// becomes a row, rowspan and colspan become blank cells as in text extractions, and text outside
/// tables becomes one-cell rows. A cell holding paragraphs keeps its HTML so outlines can be read.
/// </summary>
public sealed class HtmlDocumentReader : IDocumentReader
{
    private static readonly string[] Extensions = [".html", ".htm", ".xhtml"];

    public bool CanRead(string name, ReadOnlySpan<byte> head) => Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public ReadResult Read(string name, byte[] content)
    {
        var text = TextDecoding.Decode(content, out _);
        if (text is null)
        {
            return ReadResult.Fail(ReadErrorCode.Binary, name, "文件不是有效的 HTML 文本", "the file is not HTML text");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Fail(ReadErrorCode.Empty, name, "文件为空", "the file is empty");
        }

        var document = new HtmlParser().ParseDocument(text);
        var rows = new List<Row>();
        var line = 0;
        var tableIndex = 0;
        Walk(document.Body ?? (INode)document.DocumentElement, rows, ref line, ref tableIndex);
        return ReadResult.Ok(new SourceDocument(name, [new Grid(null, rows)]));
    }

    private static void Walk(INode node, List<Row> rows, ref int line, ref int tableIndex)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement { TagName: "TABLE" } table)
            {
                tableIndex++;
                ReadTable(table, tableIndex, rows);
                rows.Add(new Row([new Cell("", new SourcePosition($"表{tableIndex}", 0, 0))], new SourcePosition($"表{tableIndex}", 0, 0)));
            }
            else if (child is IElement { TagName: "SCRIPT" or "STYLE" or "HEAD" })
            {
                continue;
            }
            else if (child is IElement element && element.QuerySelector("table") is not null)
            {
                Walk(element, rows, ref line, ref tableIndex);
            }
            else if (child is IElement or IText)
            {
                var text = child is IElement e && (e.TagName is "P" or "DIV" or "LI" or "OL" or "UL" || e.TagName.StartsWith('H'))
                    ? string.Join("\n", HtmlOutline.Items(e.OuterHtml))
                    : child.TextContent.Trim();
                foreach (var part in text.Split('\n').Where(p => p.Trim().Length > 0))
                {
                    line++;
                    var position = new SourcePosition("正文", line, 0);
                    rows.Add(new Row([new Cell(part.Trim(), position)], position));
                }
            }
        }
    }

    private static void ReadTable(IElement table, int tableIndex, List<Row> rows)
    {
        var part = $"表{tableIndex}";
        var spans = new Dictionary<int, int>(); // column → rows still covered by a rowspan above
        var r = 0;
        foreach (var tr in table.QuerySelectorAll("tr").Where(t => t.Closest("table") == table))
        {
            r++;
            var cells = new List<Cell>();
            var column = 0;

            void FillSpanned()
            {
                while (spans.TryGetValue(column, out var left) && left > 0)
                {
                    spans[column] = left - 1;
                    cells.Add(new Cell("", new SourcePosition(part, r, column + 1)));
                    column++;
                }
            }

            foreach (var td in tr.Children.Where(c => c.TagName is "TD" or "TH"))
            {
                FillSpanned();
                var text = td.QuerySelector("p, li, br") is not null ? td.InnerHtml : td.TextContent.Trim();
                var colspan = Span(td, "colspan");
                var rowspan = Span(td, "rowspan");
                for (var k = 0; k < colspan; k++)
                {
                    cells.Add(new Cell(k == 0 ? text : "", new SourcePosition(part, r, column + 1)));
                    if (rowspan > 1)
                    {
                        spans[column] = rowspan - 1;
                    }

                    column++;
                }
            }

            FillSpanned();
            rows.Add(new Row(cells, new SourcePosition(part, r, 0)));
        }
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1000 ? n : 1;
}
