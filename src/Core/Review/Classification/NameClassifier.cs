using System.Collections.Frozen;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Classification;

/// <summary>
/// Says which category an indicator's name belongs to (发放及时率 → 时效, 满意度 → 满意度, an amount
/// named 成本 in 万元 → 成本), deterministically, from <see cref="Vocabulary"/>; "unknown" when it
/// cannot tell. Words are found through an index by first character, so classifying a name costs a
/// few dictionary probes, not one scan per word. A name that lists two things in two clauses that
/// say different categories (发放准确率，按时缴纳社会保险比率) is only a weak hint: rules leave it alone.
/// Forms repeat the same names on sheet after sheet (满意度, 资金拨付及时率): what a name's words say is
/// read once per distinct name and kept (<see cref="NameText"/>).
/// </summary>
public static class NameClassifier
{
    private static readonly FrozenDictionary<char, VocabularyEntry[]> ByFirstChar = Vocabulary.Entries
        .GroupBy(e => e.Word[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Word.Length).ToArray());

    /// <summary>One bit per UTF-16 char: whether some word starts with it (most chars of a name do not).</summary>
    private static readonly ulong[] FirstChars = BuildFirstChars();

    public static NameClassification Classify(string name, TargetValue? value) => Classify(NameText.Of(name), value);

    internal static NameClassification Classify(NameText scan, TargetValue? value)
    {
        var money = IsMoney(value) || scan.DeclaresMoney;
        var percent = !money && (value?.Unit is ['%', ..] or ['％', ..] || (value?.Has(ValueFlags.ProbablyRatio) ?? false) || scan.HasPercentSign);
        var (best, conflict) = money ? scan.AsMoney : percent ? scan.AsPercent : scan.AsCount;
        if (best is not null)
        {
            return best.Class == NameClass.Unknown
                ? NameClassification.Unknown
                : new NameClassification(best.Class, conflict ? Confidence.Weak : ConfidenceOf(best, value), best.Word);
        }

        return FromValue(value, money);
    }

    /// <summary>The highest-ranked word of the name whose unit condition holds, and whether two clauses disagree.</summary>
    internal static (VocabularyEntry? Best, bool Conflict) BestWord(string name, bool money, bool percent)
    {
        VocabularyEntry? best = null;
        VocabularyEntry? clause = null;
        var conflict = false;
        var span = name.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is '，' or ',' or '；' or ';' or '。')
            {
                CloseClause(ref best, ref clause, ref conflict);
                continue;
            }

            var c = span[i];
            if ((FirstChars[c >> 6] & (1UL << (c & 63))) == 0 || !ByFirstChar.TryGetValue(c, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if ((clause is null || entry.Rank > clause.Rank)
                    && span[i..].StartsWith(entry.Word, StringComparison.Ordinal)
                    && Holds(entry.Unit, money, percent))
                {
                    clause = entry;
                }
            }
        }

        CloseClause(ref best, ref clause, ref conflict);
        return (best, conflict);
    }

    /// <summary>Whether a value is an amount of money (万元, 元, 元/人…).</summary>
    public static bool IsMoney(TargetValue? value) => value?.Unit is { Length: > 0 } unit && IsMoneyUnit(unit);

    /// <summary>
    /// Whether the unit starts with one of <see cref="Vocabulary.MoneyUnits"/> (元, or 万/亿/千 then 元): asked of
    /// every row by several rules, so the four prefixes are tested as characters, not compared one by one.
    /// </summary>
    private static bool IsMoneyUnit(string unit) => unit[0] switch
    {
        '元' => true,
        '万' or '亿' or '千' => unit.Length > 1 && unit[1] == '元',
        _ => false,
    };

    /// <summary>Nothing in the name: the value may still say it (a deadline, an amount, a count).</summary>
    private static NameClassification FromValue(TargetValue? value, bool money)
    {
        if (value is not { } v)
        {
            return NameClassification.Unknown;
        }

        if (v.Has(ValueFlags.TimeTarget))
        {
            return new NameClassification(NameClass.Timeliness, Confidence.Weak, v.Raw);
        }

        if (money)
        {
            return new NameClassification(NameClass.Cost, Confidence.Weak, v.Unit);
        }

        if (v.Number is not null && v.Unit is { Length: 1 } unit && Vocabulary.CountUnits.Contains(unit[0], StringComparison.Ordinal))
        {
            return new NameClassification(NameClass.Quantity, Confidence.Weak, unit);
        }

        return NameClassification.Unknown;
    }

    /// <summary>A weak time word (建设时间, 进度) with a deadline or duration value (≤24月) is sure.</summary>
    private static Confidence ConfidenceOf(VocabularyEntry best, TargetValue? value) =>
        best.Confidence == Confidence.Weak && best.Class == NameClass.Timeliness && value is { } v && v.Has(ValueFlags.TimeTarget)
            ? Confidence.Strong
            : best.Confidence;

    /// <summary>
    /// Keeps the best word of the clause just read; two clauses whose best words are specific and say
    /// different categories make the name ambiguous.
    /// </summary>
    private static void CloseClause(ref VocabularyEntry? best, ref VocabularyEntry? clause, ref bool conflict)
    {
        if (clause is null)
        {
            return;
        }

        if (best is not null && best.Confidence == Confidence.Strong && clause.Confidence == Confidence.Strong
            && best.Class != clause.Class && best.Class != NameClass.Unknown && clause.Class != NameClass.Unknown)
        {
            conflict = true;
        }

        if (best is null || clause.Rank > best.Rank)
        {
            best = clause;
        }

        clause = null;
    }

    internal static bool DeclaresMoney(string name)
    {
        if (!name.Contains('元', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var marker in Vocabulary.MoneyInName)
        {
            if (name.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong[] BuildFirstChars()
    {
        var bits = new ulong[1024];
        foreach (var entry in Vocabulary.Entries)
        {
            var c = entry.Word[0];
            bits[c >> 6] |= 1UL << (c & 63);
        }

        return bits;
    }

    private static bool Holds(UnitCondition condition, bool money, bool percent) => condition switch
    {
        UnitCondition.Money => money,
        UnitCondition.NotMoney => !money,
        UnitCondition.Count => !money && !percent,
        _ => true,
    };
}
