namespace Jixiao.Core.Reading;

/// <summary>
/// A cheap pass over HTML text, before AngleSharp parses it: the deepest nesting of open elements and the
/// number of tags and table cells, as the parser would roughly see them (void elements, &lt;p&gt; and &lt;li&gt;-style
/// implied ends, comments, raw text of scripts and styles). AngleSharp's work grows with the square of the
/// nesting (20,000 nested &lt;ul&gt;&lt;li&gt; take 8 s), so deep or huge markup is refused before parsing.
/// The estimate errs towards deeper.
/// </summary>
public static class HtmlNestingScan
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>Elements whose start closes an open element of the same group (a new &lt;li&gt; ends the last).</summary>
    private static readonly Dictionary<string, string> Siblings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = "p", ["li"] = "li", ["dt"] = "dd", ["dd"] = "dd", ["td"] = "td", ["th"] = "td", ["tr"] = "tr",
        ["thead"] = "tbody", ["tbody"] = "tbody", ["tfoot"] = "tbody", ["option"] = "option", ["optgroup"] = "optgroup",
        ["h1"] = "h", ["h2"] = "h", ["h3"] = "h", ["h4"] = "h", ["h5"] = "h", ["h6"] = "h",
    };

    /// <summary>Null when the markup is within <see cref="ReadLimits"/>, else the refusal.</summary>
    public static ReadResult? Check(string name, string html)
    {
        var open = new HtmlOpenElements();
        var tags = 0L;
        var cells = 0L; // <td>, <th> and <tr>: more than the cell budget is refused before parsing, not after
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!' || next == '?')
            {
                i = html.AsSpan(i).StartsWith("<!--") ? CommentEnd(html, i + 4) : EndOf(html, html.IndexOf('>', i + 2));
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is ':' or '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var tagName = html[nameStart..nameEnd];
            var end = TagEnd(html, nameEnd);
            var selfClosing = end > 0 && html[end - 1] == '/';
            i = end + 1;
            if (++tags > ReadLimits.MaxElements)
            {
                return ReadLimits.TooBig(name, $"超过 {ReadLimits.MaxElements} 个 HTML 标记", $"more than {ReadLimits.MaxElements} HTML tags");
            }

            if (closing)
            {
                open.Close(tagName);
                continue;
            }

            if (Void.Contains(tagName) || (selfClosing && open.Foreign > 0))
            {
                continue;
            }

            if (RawText.Contains(tagName))
            {
                var close = html.IndexOf("</" + tagName, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            var group = Siblings.GetValueOrDefault(tagName, "");
            if (group is "td" or "tr" && ++cells > ReadLimits.MaxCells)
            {
                return new CellBudget().Refusal(name);
            }

            if (group.Length > 0)
            {
                open.CloseSibling(group);
            }

            open.Push(tagName, group);
            if (open.Count > ReadLimits.MaxDepth)
            {
                return ReadLimits.TooDeep(name);
            }
        }

        return null;
    }

    /// <summary>Past the end of a comment whose text starts at <paramref name="from"/>: "--&gt;", "--!&gt;", or at once for "&lt;!--&gt;" and "&lt;!---&gt;".</summary>
    private static int CommentEnd(string html, int from)
    {
        var rest = html.AsSpan(from);
        if (rest.StartsWith(">") || rest.StartsWith("->"))
        {
            return html.IndexOf('>', from) + 1;
        }

        var end = html.IndexOf("--", from, StringComparison.Ordinal);
        while (end >= 0 && !(html.AsSpan(end).StartsWith("-->") || html.AsSpan(end).StartsWith("--!>")))
        {
            end = html.IndexOf("--", end + 1, StringComparison.Ordinal);
        }

        return EndOf(html, end < 0 ? -1 : html.IndexOf('>', end));
    }

    private static int EndOf(string html, int close) => close < 0 ? html.Length : close + 1;

    /// <summary>
    /// The index of the '&gt;' ending the tag whose name ends at <paramref name="from"/>, skipping quoted
    /// attribute values (a quote right after '=', as the parser reads them); the text's length when there is none.
    /// </summary>
    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        var afterEquals = false;
        for (var k = from; k < html.Length; k++)
        {
            var c = html[k];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && afterEquals)
            {
                quote = c;
            }
            else if (c == '>')
            {
                return k;
            }

            afterEquals = quote == '\0' && (c == '=' || (afterEquals && char.IsWhiteSpace(c)));
        }

        return html.Length;
    }
}
