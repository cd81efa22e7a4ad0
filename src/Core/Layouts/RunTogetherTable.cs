using Jixiao.Core.Framework;
using Jixiao.Core.Values;

namespace Jixiao.Core.Layouts;

/// <summary>
/// The indicator table of a form run together (<see cref="RunTogether"/>), cut again by what its
/// header declares. A 指标解释 column after the name: the explanation is cut off the name
/// (「开展修复工程(个)反映修复项目开展情况」). A sign column followed by one target column per area
/// (指标方向 | 东湖镇 | 西山乡, an allocation table): the area names are cut apart, and each row's
/// sign from the areas' values (「≥11」 under two areas: ≥ | 1 | 1; 「是/否否否」: 是/否 | 否 | 否), so
/// every row fills the header's columns. A value the areas share only in part cannot be cut and
/// stays whole; a missing one is left blank, so the next row still lines up.
/// </summary>
internal static class RunTogetherTable
{
    /// <summary>A blank cell: the tokens of a run are not empty, so a column with nothing in it is a space.</summary>
    private const string Blank = " ";

    /// <summary>Words that begin an indicator's explanation (反映…情况, 该指标…), most specific first.</summary>
    private static readonly string[] ExplanationStarts = ["用于反映", "主要反映", "主要考察", "该指标", "本指标", "反映"];

    /// <summary>Words a sign column holds instead of a sign.</summary>
    private static readonly string[] NatureWords = ["是/否", "是／否", "定性", "定量", "正向", "反向"];

    /// <summary>The header's labels are the first tokens; a header is a dozen labels, never more than this.</summary>
    private const int MaxHeader = 30;

    public static List<string> Recut(List<string> tokens)
    {
        var roles = new List<ColumnRole>();
        while (roles.Count < tokens.Count && roles.Count < MaxHeader && ColumnRoles.Of(tokens[roles.Count]) is { } role)
        {
            roles.Add(role);
        }

        var nameAt = roles.IndexOf(ColumnRole.Name);
        if (nameAt < 0)
        {
            return tokens;
        }

        var explained = nameAt + 1 < roles.Count && roles[nameAt + 1] == ColumnRole.Description;
        var result = tokens.Take(roles.Count).ToList();
        var i = roles.Count;
        var areas = 0;
        if (roles[^1] == ColumnRole.Sign && !roles.Contains(ColumnRole.Value) && !roles.Contains(ColumnRole.PeriodValue)
            && i < tokens.Count && IsPlain(tokens[i]) && AreaNames.Split(tokens[i]) is { } names)
        {
            result.AddRange(names);
            areas = names.Count;
            i++;
        }

        var atName = true;
        for (; i < tokens.Count; i++)
        {
            Reading.ReadDeadline.Check();
            var token = tokens[i];
            if (areas > 0 && SignAndValue(token) is { } signed)
            {
                // The sign column, then the areas' values: the rest of this token and the bare values after it.
                result.Add(signed.Sign);
                var values = Copies(signed.Value, areas) ?? [signed.Value];
                while (values.Count < areas && i + 1 < tokens.Count && IsBareValue(tokens[i + 1]))
                {
                    values.Add(tokens[++i]);
                }

                result.AddRange(Padded(values, areas));
                atName = true;
                continue;
            }

            if (!atName || !IsPlain(token))
            {
                result.Add(token);
                atName = !IsPlain(token);
                continue;
            }

            // The name cell, with what ran on after it: its explanation, and in an allocation table the sign word and the areas' values.
            var (name, sign) = areas > 0 ? NatureAndValues(token, areas) : (token, null);
            string? value = null;
            if (sign is null && areas == 0 && (i + 1 == tokens.Count || IndicatorFramework.Recognise(tokens[i + 1]) is not null)
                && TrailingValue(name) is > 0 and var at)
            {
                // No value follows before the next row: the number and unit the name ends with is the value.
                (name, value) = (name[..at], name[at..]);
            }

            result.AddRange(explained ? NameAndExplanation(name) : [name]);
            if (sign is not null)
            {
                result.AddRange(sign);
            }
            else if (value is not null)
            {
                result.Add(value);
            }

            atName = sign is not null || value is not null;
        }

        return result;
    }

    /// <summary>
    /// Where a value without a sign starts at the end of a name: a number with its unit (…天数300天,
    /// …效率100百分比), not a date (…2024年12月). A numeral character glued to the number goes with it
    /// (效率二100百分比: OCR reads = as 二; the value keeps it as written and has no sign). 0 when there is none.
    /// </summary>
    private static int TrailingValue(string name)
    {
        var end = name.Length;
        while (end > 0 && !char.IsAsciiDigit(name[end - 1]))
        {
            end--;
        }

        var unit = name[end..];
        if (end == 0 || unit.Length == 0 || unit[0] is '年' or '月' or '日' or '号' || unit != "百分比" && Units.KnownPrefix(unit) != unit)
        {
            return 0;
        }

        var start = end;
        while (start > 0 && (char.IsAsciiDigit(name[start - 1]) || name[start - 1] == '.'))
        {
            start--;
        }

        if (start > 0 && Numerals.Contains(name[start - 1], StringComparison.Ordinal) && (start < 2 || !Numerals.Contains(name[start - 2], StringComparison.Ordinal)))
        {
            start--;
        }

        const int minName = 2;
        return start >= minName && name[start] != '.' && !(name[start - 1] is '年' or '月' or '第' or '至' or '.') ? start : 0;
    }

    private const string Numerals = "一二三四五六七八九十〇两";

    /// <summary>Text of a cell: no column label, category, value or sign.</summary>
    private static bool IsPlain(string token) =>
        !string.IsNullOrWhiteSpace(token) && ColumnRoles.Of(token) is null && IndicatorFramework.Recognise(token) is null
        && !CellText.IsValueLike(token) && !TargetValueParser.IsSignOnly(token);

    private static bool IsBareValue(string token) =>
        CellText.IsValueLike(token) && TargetValueParser.Parse(token).Sign == Targets.Sign.None;

    /// <summary>A value led by a sign (≥11, ≤100%): the sign and the rest.</summary>
    private static (string Sign, string Value)? SignAndValue(string token)
    {
        var t = token.Trim();
        var sign = RunTogether.SignWords.FirstOrDefault(s => t.StartsWith(s, StringComparison.Ordinal));
        return sign is not null && t.Length > sign.Length && CellText.IsValueLike(t) ? (sign, t[sign.Length..].Trim()) : null;
    }

    /// <summary>
    /// A name cell ending in a sign-column word and the areas' values, all the same (…质量问题是/否否否
    /// under two areas): the name, and the word with the values. Else the name as it is.
    /// </summary>
    private static (string Name, List<string>? Sign) NatureAndValues(string token, int areas)
    {
        foreach (var word in NatureWords.Concat(RunTogether.SignWords))
        {
            var at = token.LastIndexOf(word, StringComparison.Ordinal);
            if (at < 2)
            {
                continue;
            }

            var rest = token[(at + word.Length)..];
            if ((areas > 1 || CellText.IsValueLike(rest)) && Copies(rest, areas) is { } values)
            {
                return (token[..at].Trim(), [word, .. values]);
            }
        }

        return (token, null);
    }

    /// <summary>The text as <paramref name="n"/> equal values (否否 → 否 | 否; 11 → 1 | 1), or null when it is not one value repeated.</summary>
    private static List<string>? Copies(string text, int n)
    {
        if (text.Length == 0 || text.Length % n != 0)
        {
            return null;
        }

        var one = text[..(text.Length / n)];
        for (var k = 1; k < n; k++)
        {
            if (string.CompareOrdinal(text, k * one.Length, one, 0, one.Length) != 0)
            {
                return null;
            }
        }

        return [.. Enumerable.Repeat(one, n)];
    }

    private static IEnumerable<string> Padded(List<string> values, int n) =>
        values.Concat(Enumerable.Repeat(Blank, Math.Max(0, n - values.Count)));

    /// <summary>
    /// The name and its explanation run together: cut before the explanation's first word (反映…,
    /// preferring one right after the name's unit bracket), else after the words the explanation
    /// ends with when the name ends with them too (…质量问题 | 当年…是否发现质量问题). Else the name alone.
    /// </summary>
    private static List<string> NameAndExplanation(string text)
    {
        const int minName = 4;
        if (text.Length < 2 * minName)
        {
            return [text];
        }

        var cut = -1;
        var afterBracket = false;
        foreach (var start in ExplanationStarts)
        {
            for (var at = text.IndexOf(start, minName, StringComparison.Ordinal); at >= 0 && at + start.Length < text.Length;
                at = text.IndexOf(start, at + 1, StringComparison.Ordinal))
            {
                var bracket = text[at - 1] is ')' or '）';
                if (cut < 0 || (bracket && !afterBracket) || (bracket == afterBracket && at < cut))
                {
                    (cut, afterBracket) = (at, bracket);
                }
            }
        }

        if (cut < 0)
        {
            cut = RepeatedEnding(text, minName);
        }

        return cut < 0 ? [text] : [text[..cut], text[cut..]];
    }

    /// <summary>Where the name ends when it ends as the explanation after it does; -1 when no such words repeat.</summary>
    private static int RepeatedEnding(string text, int minName)
    {
        const int minExplanation = 6, minWords = 3, maxWords = 10;
        for (var k = Math.Min(maxWords, text.Length / 2); k >= minWords; k--)
        {
            var end = text.IndexOf(text[^k..], StringComparison.Ordinal) + k;
            if (end >= minName && text.Length - end >= minExplanation)
            {
                return end;
            }
        }

        return -1;
    }
}
