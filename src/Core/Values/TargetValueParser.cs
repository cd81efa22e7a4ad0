using System.Globalization;
using System.Text;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Values;

/// <summary>
/// Reads a target value as forms write it (≥180人, 90%以上, 不高于1%, 大于等于两场, &lt;math&gt;\geq 2&lt;/math&gt;次,
/// 12月底之前, 健全) into sign, number, unit and text. It never throws and never guesses: what it
/// cannot understand is kept as written and flagged.
/// </summary>
public static class TargetValueParser
{
    private const int MaxLength = 2000;

    /// <summary>Longer input is not cleaned at all: it is kept as written and flagged.</summary>
    private const int MaxInputLength = 4 * MaxLength;

    /// <summary>Cleaning passes (LaTeX rendering, whitespace) before giving up on a text that keeps changing.</summary>
    private const int MaxCleanPasses = 8;

    // Longest first: 大于等于 before 大于, 不低于 before 低于.
    private static readonly (string Word, Sign Sign)[] SignWords =
    [
        ("大于或等于", Sign.GreaterOrEqual), ("小于或等于", Sign.LessOrEqual),
        ("大于等于", Sign.GreaterOrEqual), ("小于等于", Sign.LessOrEqual),
        ("不低于", Sign.GreaterOrEqual), ("不少于", Sign.GreaterOrEqual), ("不小于", Sign.GreaterOrEqual),
        ("不高于", Sign.LessOrEqual), ("不超过", Sign.LessOrEqual), ("不多于", Sign.LessOrEqual), ("不大于", Sign.LessOrEqual),
        ("至少", Sign.GreaterOrEqual), ("达到", Sign.GreaterOrEqual),
        ("大于", Sign.Greater), ("高于", Sign.Greater), ("超过", Sign.Greater),
        ("小于", Sign.Less), ("低于", Sign.Less), ("少于", Sign.Less),
        ("等于", Sign.Equal), ("约为", Sign.Approximately), ("约", Sign.Approximately),
        (">=", Sign.GreaterOrEqual), ("<=", Sign.LessOrEqual), ("=>", Sign.GreaterOrEqual), ("=<", Sign.LessOrEqual),
        ("≥", Sign.GreaterOrEqual), ("≧", Sign.GreaterOrEqual), ("⩾", Sign.GreaterOrEqual),
        ("≤", Sign.LessOrEqual), ("≦", Sign.LessOrEqual), ("⩽", Sign.LessOrEqual),
        (">", Sign.Greater), ("<", Sign.Less), ("=", Sign.Equal),
        ("≈", Sign.Approximately), ("≅", Sign.Approximately), ("≌", Sign.Approximately), ("~", Sign.Approximately),
    ];

    private static readonly (string Word, Sign Sign)[] SuffixWords =
    [
        ("及以上", Sign.GreaterOrEqual), ("以上", Sign.GreaterOrEqual), ("及以下", Sign.LessOrEqual), ("以下", Sign.LessOrEqual),
        ("以内", Sign.LessOrEqual), ("之内", Sign.LessOrEqual), ("左右", Sign.Approximately),
    ];

    private static readonly string[] DeadlineWords = ["之前", "以前", "前完成", "底完成", "年底", "月底", "年末", "月末", "季末", "底前"];

    private static readonly string[] PlaceholderMarks = ["**", "＊＊", "XX", "xx", "××", "…", "待定", "待填"];

    /// <summary>Whether a cell holds nothing but a comparison sign (000's separate sign column).</summary>
    public static bool IsSignOnly(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (text.Length > MaxInputLength || Clean(text) is not { } cleaned)
        {
            return false;
        }

        var s = Normalize(cleaned).Trim();
        return s.Length > 0 && s.Length <= 5 && SignWords.Any(w => string.Equals(w.Word, s, StringComparison.Ordinal));
    }

    public static TargetValue Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return TargetValue.Missing;
        }

        if (input.Length > MaxInputLength || Clean(input) is not { } raw)
        {
            // Too long, or LaTeX nested too deep to render: kept exactly as written.
            return new TargetValue(input, Sign.None, null, null, true, ValueFlags.Unclear);
        }

        if (raw.Length == 0)
        {
            return TargetValue.Missing;
        }

        var s = Normalize(raw);
        if (s.Length > MaxLength)
        {
            return new TargetValue(raw, Sign.None, null, null, true, ValueFlags.Unclear);
        }

        var flags = ValueFlags.None;
        if (PlaceholderMarks.Any(m => s.Contains(m, StringComparison.Ordinal)))
        {
            flags |= ValueFlags.Placeholder | ValueFlags.Unclear;
        }

        var number = FindNumber(s, 0);
        if (number is null)
        {
            var sign = FirstSignWord(s);
            var meaningful = s.Any(char.IsLetter);
            if (IsTime(s))
            {
                flags |= ValueFlags.TimeTarget;
            }

            if (!meaningful)
            {
                flags |= ValueFlags.Unclear;
            }

            return new TargetValue(raw, sign, null, null, meaningful && !flags.HasFlag(ValueFlags.Placeholder), flags);
        }

        var n = number.Value;
        var prefix = s.AsSpan(0, n.Start);
        var op = LastSignWord(prefix);
        var explicitSign = op != Sign.None;
        var (unit, afterUnit) = ReadUnit(s, n.End);

        if (!explicitSign && ContainsAny(s, DeadlineWords))
        {
            // 12月底之前, 2024年12底之前: a deadline phrase, not a quantity.
            return new TargetValue(raw, Sign.None, null, null, true, flags | ValueFlags.TimeTarget);
        }

        var rest = s.AsSpan(afterUnit);
        foreach (var (word, sign) in SuffixWords)
        {
            if (rest.TrimStart().StartsWith(word, StringComparison.Ordinal))
            {
                if (op == Sign.None)
                {
                    op = sign;
                }

                break;
            }
        }

        if (unit is not null && IsTimeUnit(unit))
        {
            flags |= ValueFlags.TimeTarget;
        }

        if (FindNumber(s, afterUnit) is not null)
        {
            flags |= ValueFlags.SeveralQuantities;
        }

        if (unit is null && op == Sign.None && n.Value > 0m && n.Value <= 1m && n.End - n.Start == s.Trim().Length)
        {
            flags |= ValueFlags.ProbablyRatio;
        }

        return new TargetValue(raw, op, n.Value, unit, false, flags);
    }

    /// <summary>The canonical text of a value: sign, number and unit, or the qualitative text.</summary>
    public static string Render(TargetValue value)
    {
        if (value.Number is not { } number)
        {
            return value.Raw ?? "";
        }

        return SignSymbol(value.Sign) + number.ToString("0.############################", CultureInfo.InvariantCulture) + value.Unit;
    }

    public static string SignSymbol(Sign sign) => sign switch
    {
        Sign.GreaterOrEqual => "≥",
        Sign.Greater => ">",
        Sign.Equal => "=",
        Sign.LessOrEqual => "≤",
        Sign.Less => "<",
        Sign.Approximately => "≈",
        _ => "",
    };

    /// <summary>The sign in the JSON contract and the 预算管理一体化 computesign field.</summary>
    public static string? SignCode(Sign sign) => sign switch
    {
        Sign.GreaterOrEqual => ">=",
        Sign.Greater => ">",
        Sign.Equal => "=",
        Sign.LessOrEqual => "<=",
        Sign.Less => "<",
        Sign.Approximately => "~",
        _ => null,
    };

    /// <summary>
    /// LaTeX rendered, whitespace collapsed, no space between a sign and its number, broken surrogates
    /// replaced; repeated until nothing changes, so that cleaning cleaned text gives it back. Null when
    /// the text is still changing after <see cref="MaxCleanPasses"/> passes.
    /// </summary>
    private static string? Clean(string input)
    {
        var s = ReplaceBrokenSurrogates(input);
        for (var pass = 0; pass < MaxCleanPasses; pass++)
        {
            var next = CollapseWhitespace(Latex.RenderOnce(s));
            if (string.Equals(next, s, StringComparison.Ordinal))
            {
                return s;
            }

            s = next;
        }

        return null;
    }

    /// <summary>
    /// A lone surrogate (cut text, bad decoding) or the noncharacter U+FFFE becomes U+FFFD, so that
    /// normalization does not fail.
    /// </summary>
    private static string ReplaceBrokenSurrogates(string s)
    {
        if (!s.Any(c => char.IsSurrogate(c) || c == '\uFFFE'))
        {
            return s;
        }

        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] == '\uFFFE')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>NFKC (fullwidth ９５％ → 95%); text the platform will not normalize is read as it is.</summary>
    private static string Normalize(string s)
    {
        try
        {
            return s.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return s;
        }
    }

    private static string CollapseWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        var lastWasSign = false;
        var pendingSpace = false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace && !lastWasSign && !IsSignChar(ch))
            {
                sb.Append(' ');
            }

            pendingSpace = false;
            sb.Append(ch);
            lastWasSign = IsSignChar(ch);
        }

        return sb.ToString();
    }

    private static bool IsSignChar(char c) => c is '≥' or '≤' or '>' or '<' or '=' or '≈' or '≅' or '≧' or '≦' or '⩾' or '⩽' or '＞' or '＜' or '＝' or '~' or '～';

    private readonly record struct NumberToken(int Start, int End, decimal Value);

    /// <summary>The first quantity from <paramref name="from"/>: Arabic digits, else a Chinese numeral before a measure word. Years (2024年) are skipped.</summary>
    private static NumberToken? FindNumber(string s, int from)
    {
        var hasDigits = false;
        for (var i = from; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                continue;
            }

            hasDigits = true;
            if (i > 0 && (char.IsAsciiDigit(s[i - 1]) || (s[i - 1] == '.' && i > 1 && char.IsAsciiDigit(s[i - 2]))))
            {
                continue;
            }

            var end = i;
            while (end < s.Length && (char.IsAsciiDigit(s[end]) || (s[end] == ',' && IsThousands(s, end))))
            {
                end++;
            }

            if (end + 1 < s.Length && s[end] == '.' && char.IsAsciiDigit(s[end + 1]))
            {
                end++;
                while (end < s.Length && char.IsAsciiDigit(s[end]))
                {
                    end++;
                }
            }

            var text = s.AsSpan(i, end - i).ToString().Replace(",", "", StringComparison.Ordinal);
            if (text.Length > 28 || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                i = end;
                continue;
            }

            if (IsYear(s, i, end, value))
            {
                i = end;
                continue;
            }

            return new NumberToken(i, end, value);
        }

        return hasDigits ? null : FindChineseNumber(s, from);
    }

    /// <summary>
    /// 2024年, 二〇二四年: a year, not a quantity. A whole number 1900–2100 before 年 is a year unless a sign
    /// stands right before it (≥2024年 is a quantity of years); the rule looks at the value, not at how it
    /// is written, so that 1,999年 and 1999 年 are read as 1999年 is.
    /// </summary>
    private static bool IsYear(string s, int start, int end, decimal value)
    {
        if (value != decimal.Truncate(value) || value is < 1900 or > 2100 || (start > 0 && IsSignChar(s[start - 1])))
        {
            return false;
        }

        var next = end;
        while (next < s.Length && s[next] == ' ')
        {
            next++;
        }

        return next < s.Length && s[next] == '年';
    }

    /// <summary>A comma followed by exactly three digits (1,000): a thousands separator.</summary>
    private static bool IsThousands(string s, int comma) =>
        comma + 3 < s.Length
        && char.IsAsciiDigit(s[comma + 1]) && char.IsAsciiDigit(s[comma + 2]) && char.IsAsciiDigit(s[comma + 3])
        && (comma + 4 >= s.Length || !char.IsAsciiDigit(s[comma + 4]));

    private static NumberToken? FindChineseNumber(string s, int from)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (!ChineseNumeral.IsNumeralChar(s[i]) || (i > 0 && ChineseNumeral.IsNumeralChar(s[i - 1])))
            {
                continue;
            }

            var end = i;
            while (end < s.Length && ChineseNumeral.IsNumeralChar(s[end]))
            {
                end++;
            }

            var atStart = s.AsSpan(from, i - from).Trim().IsEmpty;
            var afterSign = LastSignWordAtEnd(s.AsSpan(from, i - from));
            var beforeMeasure = end < s.Length && Units.MeasureWords.Contains(s[end], StringComparison.Ordinal);
            if ((atStart || afterSign) && beforeMeasure && ChineseNumeral.Parse(s.AsSpan(i, end - i)) is { } value
                && !IsYear(s, i, end, value))
            {
                return new NumberToken(i, end, value);
            }

            i = end;
        }

        return null;
    }

    private static (string? Unit, int End) ReadUnit(string s, int start)
    {
        var i = start;
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        if (i >= s.Length)
        {
            return (null, start);
        }

        var rest = s.AsSpan(i);
        if (StartsWithSuffixWord(rest))
        {
            return (null, start);
        }

        var known = Units.KnownPrefix(rest);
        if (known is null)
        {
            var len = 0;
            while (len < rest.Length && len < 4 && char.IsLetter(rest[len]) && !StartsWithSuffixWord(rest[len..]))
            {
                len++;
            }

            return len == 0 ? (null, start) : (rest[..len].ToString(), i + len);
        }

        var unit = new StringBuilder(known);
        var pos = i + known.Length;
        while (pos + 1 < s.Length && s[pos] is '/' or '、')
        {
            var tail = s.AsSpan(pos + 1);
            var each = tail.StartsWith("每", StringComparison.Ordinal) ? 1 : 0;
            var next = Units.KnownPrefix(tail[each..]);
            if (next is null || next is "%" or "‰")
            {
                break;
            }

            unit.Append(s[pos]).Append(tail[..(each + next.Length)]);
            pos += 1 + each + next.Length;
        }

        return (unit.ToString(), pos);
    }

    private static bool StartsWithSuffixWord(ReadOnlySpan<char> text)
    {
        foreach (var (word, _) in SuffixWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Sign LastSignWord(ReadOnlySpan<char> prefix)
    {
        var best = Sign.None;
        var bestEnd = -1;
        foreach (var (word, sign) in SignWords)
        {
            var at = prefix.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at + word.Length > bestEnd)
            {
                best = sign;
                bestEnd = at + word.Length;
            }
        }

        return best;
    }

    private static bool LastSignWordAtEnd(ReadOnlySpan<char> prefix)
    {
        var trimmed = prefix.TrimEnd();
        foreach (var (word, _) in SignWords)
        {
            if (trimmed.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Sign FirstSignWord(string s)
    {
        var best = Sign.None;
        var bestAt = int.MaxValue;
        foreach (var (word, sign) in SignWords)
        {
            var at = s.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at < bestAt)
            {
                best = sign;
                bestAt = at;
            }
        }

        return best;
    }

    private static bool IsTime(string s) => ContainsAny(s, DeadlineWords) || s.Contains("完成时间", StringComparison.Ordinal) || s.Contains("按时", StringComparison.Ordinal);

    private static bool IsTimeUnit(string unit) => unit is "月" or "个月" or "月份" or "天" or "日" or "工作日" or "个工作日" or "小时" or "周" or "年" or "分钟";

    private static bool ContainsAny(string s, string[] words) => words.Any(w => s.Contains(w, StringComparison.Ordinal));
}
