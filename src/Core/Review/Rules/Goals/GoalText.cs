namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>A quantity a goal states: 740人, 3家以上, 95%.</summary>
internal readonly record struct GoalQuantity(decimal Number, string Unit, int Start, int End);

/// <summary>
/// Reading the narrative goals: their numbering (目标2：…), the quantities they state, the words they
/// share with the indicators. Years (2024年), goal numbers and document numbers are not quantities.
/// </summary>
internal static class GoalText
{
    /// <summary>Units a measurable goal is stated in, longest first so 人次 wins over 人.</summary>
    private static readonly string[] Units =
    [
        "万人次", "万元", "亿元", "人次", "场次", "户次", "万人", "个月", "工作日",
        "%", "％", "元", "人", "个", "家", "次", "场", "户", "件", "项", "名", "所", "份", "天", "批", "期", "班", "村", "单", "套", "篇", "条",
    ];

    /// <summary>Bigrams too common in goals to show what a goal is about.</summary>
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "就业", "工作", "资金", "开展", "实现", "提高", "促进", "确保", "积极", "通过", "进行", "完成", "服务", "落实",
        "政策", "人员", "年内", "按时", "加强", "保障", "有效", "提升", "全年", "用于", "目标", "岗位", "项目", "经费",
    };

    /// <summary>The goal without its leading numbering (1. / 目标1： / （一）).</summary>
    public static string Body(string text)
    {
        var s = text.AsSpan().Trim();
        var i = 0;
        if (s.StartsWith("目标", StringComparison.Ordinal))
        {
            i = 2;
        }

        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '一' or '二' or '三' or '四' or '五' or '(' or ')' or '（' or '）'))
        {
            i++;
        }

        if (i > 0 && i < s.Length && s[i] is '.' or '．' or '、' or ':' or '：' or ' ')
        {
            i++;
        }

        return i > 0 && i <= s.Length ? s[i..].Trim().ToString() : s.ToString();
    }

    /// <summary>The number of a goal written 目标2：… or 2.…, else null.</summary>
    public static int? Number(string text)
    {
        var s = text.AsSpan().TrimStart();
        var from = s.StartsWith("目标", StringComparison.Ordinal) ? 2 : 0;
        var n = 0;
        var i = from;
        for (; i < s.Length && char.IsAsciiDigit(s[i]) && i < from + 3; i++)
        {
            n = (n * 10) + (s[i] - '0');
        }

        if (i == from || i >= s.Length)
        {
            return null;
        }

        return from > 0 ? (s[i] is ':' or '：' or '.' or '、' or ' ' ? n : null) : (s[i] is '.' or '．' or '、' && (i + 1 >= s.Length || !char.IsAsciiDigit(s[i + 1])) ? n : null);
    }

    /// <summary>The quantities the text states, each a number followed by a unit.</summary>
    public static List<GoalQuantity> Quantities(string text)
    {
        var found = new List<GoalQuantity>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.')))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
            {
                end++;
            }

            var afterNumber = end;
            while (afterNumber < text.Length && text[afterNumber] == ' ')
            {
                afterNumber++;
            }

            var numberText = text[i..end];
            var isGoalNumber = i >= 2 && text.AsSpan(i - 2, 2).SequenceEqual("目标");
            var unit = UnitAt(text, afterNumber);
            if (unit is null || isGoalNumber || IsYear(numberText, text, afterNumber)
                || !decimal.TryParse(numberText, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                i = end - 1;
                continue;
            }

            found.Add(new GoalQuantity(number, unit == "％" ? "%" : unit, i, afterNumber + unit.Length));
            i = end - 1;
        }

        return found;
    }

    /// <summary>A goal that states a quantity or a deadline (12月底前) can be checked at the end of the year.</summary>
    public static bool IsMeasurable(string text) =>
        Quantities(text).Count > 0 || text.Contains("月底", StringComparison.Ordinal) || text.Contains("百分之", StringComparison.Ordinal);

    /// <summary>The pairs of adjacent Chinese characters of the text, less the common ones.</summary>
    public static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsHan(text[i]) && IsHan(text[i + 1]))
            {
                var bigram = text.Substring(i, 2);
                if (!Common.Contains(bigram))
                {
                    set.Add(bigram);
                }
            }
        }

        return set;
    }

    /// <summary>The clause around a position: between the nearest punctuation marks.</summary>
    public static string Clause(string text, int start, int end)
    {
        const string Stops = "，,；;。:：!！?？";
        var from = text.LastIndexOfAny(Stops.ToCharArray(), Math.Max(0, start - 1));
        var to = text.IndexOfAny(Stops.ToCharArray(), end);
        return text[(from + 1)..(to < 0 ? text.Length : to)];
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static string? UnitAt(string text, int at)
    {
        foreach (var unit in Units)
        {
            if (string.CompareOrdinal(text, at, unit, 0, unit.Length) == 0)
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>2024年, 2023-2025: a year, not a quantity.</summary>
    private static bool IsYear(string number, string text, int after) =>
        number.Length == 4 && number[0] is '1' or '2' && (after >= text.Length || text[after] is '年' or '-' or '—' or '至' or '/' or '.');
}
