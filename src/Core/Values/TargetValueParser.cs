using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Values;

/// <summary>
/// Reads a target value as forms write it (≥180人, 90%以上, 不高于1%, 大于等于两场, &lt;math&gt;\geq 2&lt;/math&gt;次,
/// 12月底之前, 健全) into sign, number, unit and text. It never throws and never guesses: what it
/// cannot understand is kept as written and flagged.
/// </summary>
public static partial class TargetValueParser
{
    private const int MaxLength = 2000;

    /// <summary>Longer input is not cleaned at all: it is kept as written and flagged.</summary>
    private const int MaxInputLength = 4 * MaxLength;

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

        if (n.Start > 0 && s[n.Start - 1] is '*' or '＊' or '×')
        {
            // A masked amount (≤****000元, a site hid the digits): the digits after the mask are not the number.
            return new TargetValue(raw, op, null, unit, false, flags | ValueFlags.Placeholder | ValueFlags.Unclear);
        }

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
