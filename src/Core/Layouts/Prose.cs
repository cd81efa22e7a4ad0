using System.Text;
using Jixiao.Core.Framework;

namespace Jixiao.Core.Layouts;

/// <summary>
/// Targets stated in sentences: 「数量指标：种植数量(≥**株)>=17600株；成活率(≥**%)>=85；时效指标：完成及时率>=100%。」.
/// Clauses end at ；and 。, and at a comma that follows a value; a clause may open with category
/// words and a colon; its value starts at its last sign outside brackets. Only text that opens a
/// clause with a category of the framework is read, so a notice's own sentences are left alone.
/// </summary>
internal static class Prose
{
    public sealed record Clause(IReadOnlyList<CategoryMatch> Categories, string? Name, string? Value);

    private static readonly string[] SignWords = [">=", "<=", "≥", "≤", "≧", "≦", ">", "<", "＞", "＜", "="];

    public static IReadOnlyList<Clause> Clauses(string text)
    {
        if (text.Length > 2000)
        {
            return [];
        }

        // A heading line: 一、产出指标 / (一) 数量指标.
        if (IndicatorFramework.Recognise(text) is { } heading)
        {
            return [new Clause([heading], null, null)];
        }

        var clauses = new List<Clause>();
        var opened = false;
        foreach (var part in Split(text))
        {
            var rest = part.Trim().TrimEnd('。', '.', ';', '；', ',', '，');
            var categories = new List<CategoryMatch>();
            while (Prefix(rest) is { } prefix)
            {
                categories.Add(prefix.Category);
                rest = rest[prefix.Length..].Trim();
            }

            opened |= categories.Count > 0;
            if (!opened)
            {
                return [];
            }

            if (rest.Length == 0)
            {
                clauses.Add(new Clause(categories, null, null));
                continue;
            }

            var sign = LastSign(rest);
            clauses.Add(sign > 0 ? new Clause(categories, rest[..sign].Trim(), rest[sign..].Trim()) : new Clause(categories, rest, null));
        }

        return opened ? clauses : [];
    }

    /// <summary>A category and its separator at the start of a clause: 数量指标： / 可持续影响指标， / 社会效益目标：.</summary>
    private static (CategoryMatch Category, int Length)? Prefix(string text)
    {
        var end = text.IndexOfAny([':', '：', ',', '，']);
        if (end <= 1 || end > 24)
        {
            return null;
        }

        return IndicatorFramework.Recognise(text[..end]) is { } category ? (category, end + 1) : null;
    }

    private static IEnumerable<string> Split(string text)
    {
        var current = new StringBuilder();
        var depth = 0;
        foreach (var ch in text)
        {
            depth += ch is '(' or '（' ? 1 : ch is ')' or '）' && depth > 0 ? -1 : 0;
            if (depth == 0 && (ch is ';' or '；' or '。' || (ch is ',' or '，' && EndsWithValue(current))))
            {
                yield return current.ToString();
                current.Clear();
                continue;
            }

            current.Append(ch);
        }

        if (current.ToString().Trim().Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>Whether a clause so far ends in a value: a sign outside brackets with a number after it.</summary>
    private static bool EndsWithValue(StringBuilder clause)
    {
        var text = clause.ToString();
        var sign = LastSign(text);
        return sign > 0 && text[sign..].Any(char.IsAsciiDigit);
    }

    /// <summary>Where the last sign outside brackets starts, or -1.</summary>
    private static int LastSign(string text)
    {
        var depth = 0;
        var found = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            depth += ch is '(' or '（' ? 1 : ch is ')' or '）' && depth > 0 ? -1 : 0;
            if (depth != 0)
            {
                continue;
            }

            foreach (var sign in SignWords)
            {
                if (string.CompareOrdinal(text, i, sign, 0, sign.Length) == 0)
                {
                    found = i > 0 && text[i - 1] is '>' or '<' or '≥' or '≤' ? found : i;
                    break;
                }
            }
        }

        return found;
    }
}
