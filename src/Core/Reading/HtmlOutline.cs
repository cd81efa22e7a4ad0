using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Jixiao.Core.Reading;

/// <summary>
/// The paragraphs of an HTML fragment in document order: each &lt;p&gt;, &lt;li&gt;, heading or
/// &lt;br&gt;-separated line as one item. 001 puts a whole indicator outline (一、产出指标 / (一) 数量指标 /
/// 1. name value) inside one table cell this way.
/// </summary>
public static class HtmlOutline
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "DIV", "TD", "TH", "DT", "DD",
    };

    public static bool LooksLikeHtml(string text) =>
        text.Contains("<p", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<li", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<br", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<div", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text items of the fragment; plain text, or markup too deep or too big to parse safely, gives its lines.</summary>
    public static IReadOnlyList<string> Items(string fragment)
    {
        if (!LooksLikeHtml(fragment) || HtmlNestingScan.Check("", fragment) is not null)
        {
            return fragment.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + fragment + "</body></html>");
        var items = new List<string>();
        Collect(document.Body!, items, 0);
        return items;
    }

    /// <summary>The text items of an element of a page already parsed: what <see cref="Items(string)"/> gives for its markup, without parsing it again.</summary>
    public static IReadOnlyList<string> Items(IElement element)
    {
        var items = new List<string>();
        Collect([element], items, 0);
        return items;
    }

    /// <summary>Elements nested deeper than <see cref="ReadLimits.MaxDepth"/> give their text as part of the item around them.</summary>
    private static void Collect(INode node, List<string> items, int depth) => Collect(node.ChildNodes, items, depth);

    private static void Collect(IEnumerable<INode> nodes, List<string> items, int depth)
    {
        var buffer = new System.Text.StringBuilder();

        void FlushBuffer()
        {
            var text = Normalise(buffer.ToString());
            if (text.Length > 0)
            {
                items.Add(text);
            }

            buffer.Clear();
        }

        foreach (var child in nodes)
        {
            if (child is IElement element && (Blocks.Contains(element.TagName) || HasBlockChild(element)) && !IsInline(element) && depth < ReadLimits.MaxDepth)
            {
                FlushBuffer();
                Collect(element, items, depth + 1);
            }
            else if (child is IElement { TagName: "BR" })
            {
                FlushBuffer();
            }
            else
            {
                buffer.Append(child.TextContent);
            }
        }

        FlushBuffer();
    }

    private static bool IsInline(IElement element) => element.TagName is "SPAN" or "B" or "I" or "STRONG" or "EM" or "MATH" or "SUB" or "SUP" or "A" or "FONT";

    private static bool HasBlockChild(IElement element) => element.Children.Any(c => Blocks.Contains(c.TagName) || c.TagName is "OL" or "UL" or "TABLE");

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
