using System.Globalization;
using System.Text;

namespace Jixiao.Core.Values;

/// <summary>Finding the quantity in the text: Arabic and Chinese numbers, years, units.</summary>
public static partial class TargetValueParser
{
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
        if (known is null && rest.Length >= 2 && rest[0] is '/' or '／' && Units.KnownPrefix(rest[1..]) is { } per and not ("%" or "‰"))
        {
            // 28.40/株: an amount per something, the unit written from the slash.
            known = "/" + per;
        }

        if (known is "万" or "亿" or "千" && Units.KnownPrefix(rest[known.Length..]) is { } counted and not ("%" or "‰" or "万" or "亿"))
        {
            // 3万条, 2亿立方米: a magnitude before a counted unit is one unit.
            known += counted;
        }

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
}
