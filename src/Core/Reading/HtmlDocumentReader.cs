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
        var decoded = TextDecoding.Decode(content);
        if (decoded is not { Text: var text })
        {
            return ReadResult.Fail(ReadErrorCode.Binary, name, "文件不是有效的 HTML 文本", "the file is not HTML text");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Fail(ReadErrorCode.Empty, name, "文件为空", "the file is empty");
        }

        if (HtmlNestingScan.Check(name, text) is { } refusal)
        {
            return refusal;
        }

        var document = new HtmlParser().ParseDocument(text);
        var walk = new Walker(document);
        walk.Walk(document.Body ?? (INode)document.DocumentElement, 0);
        return walk.Budget.TrySpend(walk.Rows.Count)
            ? ReadResult.Ok(new SourceDocument(name, [new Grid(null, walk.Rows)]) { Warnings = decoded.Warnings, Text = text })
            : walk.Budget.Refusal(name);
    }

    /// <summary>One pass over a parsed page, in document order.</summary>
    private sealed class Walker(IDocument document)
    {
        /// <summary>The tables and every element holding one, found once rather than by a query per element.</summary>
        private readonly HashSet<INode> holdsTable = TablesAndAncestors(document);
        private int line;
        private int tableIndex;

        public List<Row> Rows { get; } = [];

        public CellBudget Budget { get; } = new();

        /// <summary>Elements nested deeper than <see cref="ReadLimits.MaxDepth"/> are read as plain text.</summary>
        public void Walk(INode node, int depth)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement { TagName: "TABLE" } table)
                {
                    tableIndex++;
                    ReadTable(table, tableIndex, Rows, Budget);
                    Rows.Add(new Row([new Cell("", new SourcePosition($"表{tableIndex}", 0, 0))], new SourcePosition($"表{tableIndex}", 0, 0)));
                }
                else if (child is IElement { TagName: "SCRIPT" or "STYLE" or "HEAD" })
                {
                    continue;
                }
                else if (child is IElement element && holdsTable.Contains(element) && depth < ReadLimits.MaxDepth)
                {
                    Walk(element, depth + 1);
                }
                else if (child is IElement or IText)
                {
                    var text = child is IElement e && (e.TagName is "P" or "DIV" or "LI" or "OL" or "UL" || e.TagName.StartsWith('H'))
                        ? string.Join("\n", HtmlOutline.Items(e))
                        : child.TextContent.Trim();
                    foreach (var part in text.Split('\n').Where(p => p.Trim().Length > 0))
                    {
                        line++;
                        var position = new SourcePosition("正文", line, 0);
                        Rows.Add(new Row([new Cell(part.Trim(), position)], position));
                    }
                }
            }
        }

        private static HashSet<INode> TablesAndAncestors(IDocument document)
        {
            var set = new HashSet<INode>();
            foreach (var table in document.QuerySelectorAll("table"))
            {
                for (INode? node = table; node is not null && set.Add(node); node = node.Parent)
                {
                }
            }

            return set;
        }
    }

    private static void ReadTable(IElement table, int tableIndex, List<Row> rows, CellBudget budget)
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
                if (!budget.TrySpend(colspan))
                {
                    return;
                }

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
            if (!budget.TrySpend(cells.Count))
            {
                return;
            }
        }
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1000 ? n : 1;
}
