using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>Small, allocation-free checks the value rules share.</summary>
internal static class ValueText
{
    /// <summary>Words that name a growth or multiple, where more than 100% is normal (增长率 150%, 放大倍数).</summary>
    private static readonly string[] GrowthWords = ["增长", "增幅", "增速", "提高", "提升", "同比", "倍", "增加"];

    public static bool IsPercent(string? unit) => unit is "%";

    /// <summary>Whether the text contains any of the words: one vectorised search for all of them.</summary>
    public static bool ContainsAny(string text, System.Buffers.SearchValues<string> words) => text.AsSpan().ContainsAny(words);

    public static bool IsGrowthName(string name) => ContainsAny(name, GrowthWordsSearch);

    /// <summary>A name that states its unit in brackets: at the end (受益群众满意率（%）, 执法巡查覆盖辖区数量（个）), or in a short bracket inside a name run together with its explanation (开展修复工程(个)反映…).</summary>
    public static bool HasUnitInName(string name)
    {
        if (name.Length > 2 && name[^1] is ')' or '）' && (name.LastIndexOf('(') > 0 || name.LastIndexOf('（') > 0))
        {
            return true;
        }

        // A short bracket inside the name: 开展修复工程(个)反映… (a name run together with its explanation).
        for (var open = name.AsSpan().IndexOfAny('(', '（'); open > 0 && open < name.Length - 1; )
        {
            var rest = name.AsSpan(open + 1);
            var close = rest.IndexOfAny(')', '）');
            if (close < 0)
            {
                break;
            }

            if (close is > 0 and <= 3 && !rest[..close].ContainsAnyInRange('0', '9'))
            {
                return true;
            }

            var next = rest[(close + 1)..].IndexOfAny('(', '（');
            open = next < 0 ? -1 : open + 1 + close + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// <c>!string.IsNullOrWhiteSpace(text)</c>, answered from the first character when it plainly is not white space
    /// (a digit, ≥, a CJK character): char.IsWhiteSpace looks every non-Latin-1 character up in the Unicode tables.
    /// </summary>
    public static bool HasText(string? text) =>
        text is { Length: > 0 } && (text[0] is (> ' ' and < '\u0085') or (> '\u205F' and < '\u3000') or > '\u3000' || !string.IsNullOrWhiteSpace(text));

    /// <summary>Whether the comparison points down (≤, &lt;): a ceiling, not a floor.</summary>
    public static bool IsCeiling(Sign sign) => sign is Sign.LessOrEqual or Sign.Less;

    /// <summary>The number without trailing zeros (0.6, 1000); a whole number of scale 0 skips the custom format, which writes it alike.</summary>
    public static string Number(decimal value) => value.Scale == 0 && value != 0m
        ? value.ToString(CultureInfo.InvariantCulture)
        : value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>The value as the form wrote it, for messages.</summary>
    public static string Written(TargetValue value) => value.Raw ?? "（空）";

    private static readonly System.Buffers.SearchValues<string> GrowthWordsSearch = System.Buffers.SearchValues.Create(GrowthWords, StringComparison.Ordinal);
}
