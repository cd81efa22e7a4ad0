using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Core.Layouts;

/// <summary>Form labels compared as a reader does: spaces, colons, 其中, required-field marks and bracketed notes ignored.</summary>
internal static partial class Label
{
    [GeneratedRegex(@"[（(][^（()）]*[)）]", RegexOptions.NonBacktracking)]
    private static partial Regex Bracketed();

    private static readonly Targets.TextMemo<string> Normalised = new(Compute);

    public static string Normalise(string text) => Normalised.Get(text);

    private static string Compute(string text)
    {
        var s = Framework.Traditional.ToSimplified(Targets.TextFold.Fold(text));
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (!char.IsWhiteSpace(ch))
            {
                sb.Append(ch);
            }
        }

        var joined = sb.ToString();
        // A leading * or ★ marks a required field on many templates (*年度总体绩效目标, *部门(单位)职责).
        var t = (joined.AsSpan().IndexOfAny('(', '（') >= 0 ? Bracketed().Replace(joined, "") : joined).Trim(':', '：', ';', '；').TrimStart('*', '★', '※');
        if (t.StartsWith("其中", StringComparison.Ordinal))
        {
            t = t[2..].TrimStart(':', '：');
        }

        return t;
    }

    /// <summary>The money unit a label states: 预算资金(元) → 元, 金额(万元) → 万元.</summary>
    public static Targets.MoneyUnit? MoneyUnitOf(string label)
    {
        var s = Targets.TextFold.Fold(label);
        if (s.Contains("(万元)", StringComparison.Ordinal) || s.Contains("单位:万元", StringComparison.Ordinal))
        {
            return Targets.MoneyUnit.Wan;
        }

        if (s.Contains("(元)", StringComparison.Ordinal) || s.Contains("单位:元", StringComparison.Ordinal))
        {
            return Targets.MoneyUnit.Yuan;
        }

        return null;
    }
}
