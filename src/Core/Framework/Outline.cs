using System.Text.RegularExpressions;

namespace Jixiao.Core.Framework;

/// <summary>Outline numbering as forms write it: 一、 (一) （二） 1. 1、 指标1： 目标2:.</summary>
public static partial class Outline
{
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、\.．]|[（(][一二三四五六七八九十\d]+[)）][、\.．]?|\d{1,2}(?:[\.．、](?!\d)|\s*[)）])|指标\s*\d+\s*[:：]|-\s*(?=\S))\s*")]
    private static partial Regex NumberingPattern();

    [GeneratedRegex(@"^\s*指标\s*\d+\s*[:：]\s*")]
    private static partial Regex IndicatorNumberPattern();

    /// <summary>Removes one leading outline number; "指标1：" and "1." alike.</summary>
    public static string StripNumbering(string text)
    {
        var m = NumberingPattern().Match(text);
        if (!m.Success || m.Length == text.Length)
        {
            return text;
        }

        // A stray "-" is kept as written (004: "-中级工及以上补贴发放率（%）"); only numbering goes.
        return m.Value.TrimStart().StartsWith('-') ? text : text[m.Length..];
    }

    /// <summary>Whether the text starts with a "指标N：" label.</summary>
    public static bool HasIndicatorNumber(string text) => IndicatorNumberPattern().IsMatch(text);
}
