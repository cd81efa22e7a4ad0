namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>A quantity a goal states: 740人, 3家以上, 95%.</summary>
internal readonly record struct GoalQuantity(decimal Number, string Unit, int Start, int End);

/// <summary>
/// Reading the narrative goals: their numbering (目标2：…), the quantities they state, the words they
/// share with the indicators. Years (2024年), goal numbers and document numbers are not quantities.
/// </summary>
internal static class GoalText
{
    /// <summary>Bigrams too common in goals to show what a goal is about.</summary>
    private static readonly string[] CommonWords =
    [
        "就业", "工作", "资金", "开展", "实现", "提高", "促进", "确保", "积极", "通过", "进行", "完成", "服务", "落实",
        "政策", "人员", "年内", "按时", "加强", "保障", "有效", "提升", "全年", "用于", "目标", "岗位", "项目", "经费",
    ];

    /// <summary>A 4,096-bit filter of the common bigrams: most pairs are told uncommon by a bit test, without a lookup.</summary>
    private static readonly ulong[] CommonFilter = new ulong[64];

    /// <summary>
    /// The common bigram in each slot of <see cref="CommonFilter"/> (<see cref="Slot"/>), 0 where none is: a pair that
    /// passes the filter is told common by one compare, not a hash set's look-up. The common bigrams do not share a
    /// slot (the type's initialiser checks it).
    /// </summary>
    private static readonly int[] CommonAt = new int[4096];

    static GoalText()
    {
        foreach (var word in CommonWords)
        {
            var pair = Pair(word[0], word[1]);
            if (CommonAt[Slot(pair)] != 0)
            {
                throw new InvalidOperationException($"常用词“{word}”与另一常用词落在同一槽位");
            }

            CommonAt[Slot(pair)] = pair;
            CommonFilter[Slot(pair) >> 6] |= 1UL << Slot(pair);
        }
    }

    /// <summary>The pair's bit (as <see cref="Pair"/>) in a 4,096-bit filter.</summary>
    public static int Slot(int pair) => (int)((uint)pair * 0x9E3779B1u >> 20);

    /// <summary>The goal without its leading numbering (1. / 目标1： / （一）).</summary>
    public static string Body(string text) => BodySpan(text).ToString();

    /// <summary>A goal with some text beyond its numbering (not a bare “1.” or “目标2：”).</summary>
    public static bool HasBody(string text) => OpensWithWords(text) || BodySpan(text).Length >= 2; // no trimming for the usual goal

    /// <summary>Whether the text opens with two Chinese characters that are no numbering (目标1, 一、): it is its own body, but for its end.</summary>
    private static bool OpensWithWords(string text) =>
        text.Length >= 2 && IsHan(text[0]) && IsHan(text[1]) && text[0] is not ('目' or '一' or '二' or '三' or '四' or '五');

    public static ReadOnlySpan<char> BodySpan(string text)
    {
        if (OpensWithWords(text) && text[^1] > '\u3000')
        {
            return text; // no numbering, nothing to trim (every white space is at most U+3000): no Unicode look-up
        }

        // A list number may stand before a labelled goal (1.目标1：…): both go.
        var trimmed = text.AsSpan().Trim();
        var body = StripNumbering(trimmed);
        return body.Length > 0 && body.Length < trimmed.Length ? StripNumbering(body) : body;
    }

    private static ReadOnlySpan<char> StripNumbering(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (s.StartsWith("目标", StringComparison.Ordinal))
        {
            i = 2;
        }

        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '一' or '二' or '三' or '四' or '五' or '(' or ')' or '（' or '）'))
        {
            i++;
        }

        if (i > 0 && i < s.Length && s[i] is '.' or '．' or '、' or ':' or '：' or ' ' && !(i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
        {
            return s[(i + 1)..].Trim();
        }

        return i > 0 && i == s.Length ? [] : s;
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
        Quantities(text, found);
        return found;
    }

    /// <summary>Adds the quantities the text states to <paramref name="found"/> (a list the caller reuses).</summary>
    public static void Quantities(string text, List<GoalQuantity> found) => Quantities(text.AsSpan(), found);

    /// <summary>
    /// Adds the quantities the text states to <paramref name="found"/>; with no list, stops at the first. Returns
    /// whether it found any.
    /// </summary>
    private static bool Quantities(ReadOnlySpan<char> text, List<GoalQuantity>? found)
    {
        var any = false;
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAnyInRange('0', '9'); // the text between numbers is skipped at once
            if (next < 0)
            {
                return any;
            }

            i += next;
            if (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.'))
            {
                i++;
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
            var isGoalNumber = i >= 2 && text.Slice(i - 2, 2).SequenceEqual("目标");
            var unit = UnitAt(text, afterNumber);
            if (unit is not null && !isGoalNumber && !IsYear(numberText, text, afterNumber)
                && TryParse(numberText, out var number))
            {
                if (found is null)
                {
                    return true;
                }

                found.Add(new GoalQuantity(number, unit == "％" ? "%" : unit, i, afterNumber + unit.Length));
                any = true;
            }

            i = end;
        }

        return any;
    }

    /// <summary>
    /// The number as decimal.TryParse reads it (its scale too: 3.50 stays 3.50), without its general
    /// parser for the usual number of up to 18 digits and one point.
    /// </summary>
    private static bool TryParse(ReadOnlySpan<char> text, out decimal number)
    {
        var point = text.IndexOf('.');
        if (text.Length > 18 || (point >= 0 && text[(point + 1)..].Contains('.')))
        {
            return decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out number);
        }

        var digits = 0L;
        foreach (var c in text)
        {
            digits = c == '.' ? digits : (digits * 10) + (c - '0');
        }

        number = new decimal((int)digits, (int)(digits >> 32), 0, false, (byte)(point < 0 ? 0 : text.Length - point - 1));
        return true;
    }

    /// <summary>A goal that states a quantity or a deadline (12月底前) can be checked at the end of the year.</summary>
    public static bool IsMeasurable(string text) => IsMeasurable(text.AsSpan());

    /// <summary><see cref="IsMeasurable(string)"/> of part of a text (a goal's body): no string of its own, no list of its quantities.</summary>
    public static bool IsMeasurable(ReadOnlySpan<char> text) =>
        text.Contains("月底", StringComparison.Ordinal) || text.Contains("百分之", StringComparison.Ordinal)
        || (text.IndexOfAnyInRange('0', '9') >= 0 && Quantities(text, null));

    /// <summary>
    /// Writes to <paramref name="words"/> the text's two-character words, as <see cref="Pair"/>, in order and
    /// with repeats: the pairs of Chinese characters side by side, less the common ones (<see cref="IsWord"/>).
    /// Returns how many; <paramref name="words"/> holds at least one less than the text's length.
    /// </summary>
    public static int Words(ReadOnlySpan<char> text, Span<int> words)
    {
        var count = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsWord(text[i], text[i + 1]))
            {
                words[count++] = Pair(text[i], text[i + 1]);
            }
        }

        return count;
    }

    /// <summary>How many of the text's words (<see cref="IsWord"/>) are in <paramref name="sorted"/>, and how many it has.</summary>
    public static (int Shared, int Total) CountShared(ReadOnlySpan<char> text, ReadOnlySpan<int> sorted)
    {
        var shared = 0;
        var total = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsWord(text[i], text[i + 1]))
            {
                total++;
                shared += sorted.BinarySearch(Pair(text[i], text[i + 1])) >= 0 ? 1 : 0;
            }
        }

        return (shared, total);
    }

    /// <summary>Whether two characters side by side make a word that shows what a goal is about: both Chinese, not a common pair.</summary>
    public static bool IsWord(char a, char b) =>
        (IsHan(a) & IsHan(b)) && ((CommonFilter[Slot(Pair(a, b)) >> 6] & (1UL << Slot(Pair(a, b)))) == 0 || CommonAt[Slot(Pair(a, b))] != Pair(a, b));

    /// <summary>Two characters as one number: a bigram without a string.</summary>
    public static int Pair(char a, char b) => (a << 16) | b;

    /// <summary>The clause around a position: between the nearest punctuation marks.</summary>
    public static string Clause(string text, int start, int end) => text[ClauseRange(text, start, end)];

    /// <summary>Where <see cref="Clause"/> is in the text: read without a string.</summary>
    public static Range ClauseRange(string text, int start, int end)
    {
        var from = text.AsSpan(0, Math.Max(0, start)).LastIndexOfAny(ClauseStops);
        var to = text.AsSpan(end).IndexOfAny(ClauseStops);
        return (from + 1)..(to < 0 ? text.Length : end + to);
    }

    private static readonly System.Buffers.SearchValues<char> ClauseStops = System.Buffers.SearchValues.Create("，,；;。:：!！?？");

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>
    /// The unit that starts at <paramref name="at"/>, the longest where several do (人次 wins over 人): the units a
    /// measurable goal is stated in, told by their first character instead of compared one by one.
    /// </summary>
    private static string? UnitAt(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length)
        {
            return null;
        }

        var rest = text[at..];
        return rest[0] switch
        {
            '万' => rest.StartsWith("万人次", StringComparison.Ordinal) ? "万人次"
                : rest.StartsWith("万元", StringComparison.Ordinal) ? "万元"
                : rest.StartsWith("万人", StringComparison.Ordinal) ? "万人" : null,
            '亿' => rest.StartsWith("亿元", StringComparison.Ordinal) ? "亿元" : null,
            '人' => rest.StartsWith("人次", StringComparison.Ordinal) ? "人次" : "人",
            '场' => rest.StartsWith("场次", StringComparison.Ordinal) ? "场次" : "场",
            '户' => rest.StartsWith("户次", StringComparison.Ordinal) ? "户次" : "户",
            '个' => rest.StartsWith("个月", StringComparison.Ordinal) ? "个月" : "个",
            '工' => rest.StartsWith("工作日", StringComparison.Ordinal) ? "工作日" : null,
            '%' => "%",
            '％' => "％",
            '元' => "元",
            '家' => "家",
            '次' => "次",
            '件' => "件",
            '项' => "项",
            '名' => "名",
            '所' => "所",
            '份' => "份",
            '天' => "天",
            '批' => "批",
            '期' => "期",
            '班' => "班",
            '村' => "村",
            '单' => "单",
            '套' => "套",
            '篇' => "篇",
            '条' => "条",
            _ => null,
        };
    }

    /// <summary>2024年, 2023-2025: a year, not a quantity.</summary>
    private static bool IsYear(ReadOnlySpan<char> number, ReadOnlySpan<char> text, int after) =>
        number.Length == 4 && number[0] is '1' or '2' && (after >= text.Length || text[after] is '年' or '-' or '—' or '至' or '/' or '.');
}
