namespace Jixiao.Core.Values;

/// <summary>Chinese numerals as forms write counts: 两场, 三十人, 一百二十次.</summary>
public static class ChineseNumeral
{
    public const string Digits = "零〇一二两三四五六七八九十百千万";

    public static bool IsNumeralChar(char c) => Digits.Contains(c, StringComparison.Ordinal);

    /// <summary>Converts a run of numeral characters; null when it is not a well-formed number.</summary>
    public static decimal? Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 12)
        {
            return null;
        }

        if (text.Length > 1 && IsPositional(text))
        {
            // 二〇二四: digit by digit, as years are written.
            decimal positional = 0;
            foreach (var c in text)
            {
                positional = (positional * 10) + DigitValue(c);
            }

            return positional;
        }

        decimal total = 0, section = 0, digit = 0;
        var afterDigit = false;
        foreach (var c in text)
        {
            var d = DigitValue(c);
            if (d >= 0)
            {
                // 三五, 三四十 (three to five, thirty or forty) are ranges, not numbers; 一百零五 is one.
                if (afterDigit && digit != 0)
                {
                    return null;
                }

                digit = d;
                afterDigit = true;
                continue;
            }

            afterDigit = false;

            switch (c)
            {
                case '十':
                    section += (digit == 0 ? 1 : digit) * 10;
                    break;
                case '百':
                    section += (digit == 0 ? 1 : digit) * 100;
                    break;
                case '千':
                    section += (digit == 0 ? 1 : digit) * 1000;
                    break;
                case '万':
                    total += (section + digit == 0 ? 1 : section + digit) * 10000;
                    section = 0;
                    break;
                default:
                    return null;
            }

            digit = 0;
        }

        return total + section + digit;
    }

    /// <summary>Only digits, with a 〇 or 零 among them: written place by place (二〇二四, 一〇).</summary>
    private static bool IsPositional(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (DigitValue(c) < 0)
            {
                return false;
            }
        }

        return text.ContainsAny('〇', '零');
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
