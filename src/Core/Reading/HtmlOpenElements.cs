namespace Jixiao.Core.Reading;

/// <summary>
/// The stack of open elements of <see cref="HtmlNestingScan"/>, with counts by name and by sibling group so
/// that looking for an element that is not open costs nothing: the scan stays linear in the tags.
/// </summary>
internal sealed class HtmlOpenElements
{
    /// <summary>Elements a &lt;p&gt;, &lt;li&gt;, &lt;dd&gt; or &lt;option&gt; start does not reach through to end an open sibling.</summary>
    private static readonly HashSet<string> Scopes = new(StringComparer.OrdinalIgnoreCase)
    {
        "table", "td", "th", "caption", "ul", "ol", "dl", "select", "button", "object", "applet", "marquee", "template", "svg", "math",
    };

    private readonly record struct Element(string Name, string Group, bool Scope, bool Table, bool Foreign);

    private readonly List<Element> open = [];
    private readonly Dictionary<string, int> names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> groups = new(StringComparer.Ordinal);

    public int Count => open.Count;

    /// <summary>Open &lt;svg&gt; and &lt;math&gt; elements: inside them "/&gt;" closes an element.</summary>
    public int Foreign { get; private set; }

    public void Push(string name, string group)
    {
        var foreign = name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);
        open.Add(new Element(name, group, Scopes.Contains(name), name.Equals("table", StringComparison.OrdinalIgnoreCase), foreign));
        names[name] = names.GetValueOrDefault(name) + 1;
        groups[group] = groups.GetValueOrDefault(group) + 1;
        Foreign += foreign ? 1 : 0;
    }

    /// <summary>An end tag: closes the innermost open element of that name and all inside it; nothing when none is open.</summary>
    public void Close(string name)
    {
        if (names.GetValueOrDefault(name) == 0)
        {
            return;
        }

        var at = open.FindLastIndex(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        PopFrom(at);
    }

    /// <summary>
    /// A start tag of a sibling group ends the open element of that group it reaches, as the parser's scopes
    /// have it: a new &lt;tr&gt; ends the open row up to its table, a new &lt;li&gt; the open item up to its list.
    /// </summary>
    public void CloseSibling(string group)
    {
        if (groups.GetValueOrDefault(group) == 0)
        {
            return;
        }

        var tableGroup = group is "td" or "tr" or "tbody";
        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (open[k].Group == group)
            {
                PopFrom(k);
                return;
            }

            if (tableGroup ? open[k].Table : open[k].Scope)
            {
                return;
            }
        }
    }

    private void PopFrom(int at)
    {
        for (var k = open.Count - 1; k >= at; k--)
        {
            var element = open[k];
            names[element.Name]--;
            groups[element.Group]--;
            Foreign -= element.Foreign ? 1 : 0;
        }

        open.RemoveRange(at, open.Count - at);
    }
}
