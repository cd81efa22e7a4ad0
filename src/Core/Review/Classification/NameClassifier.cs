using System.Collections.Frozen;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Classification;

/// <summary>
/// Says which category an indicator's name belongs to (发放及时率 → 时效, 满意度 → 满意度, an amount
/// named 成本 in 万元 → 成本), deterministically, from <see cref="Vocabulary"/>; "unknown" when it
/// cannot tell. Words are found through an index by first character, so classifying a name costs a
/// few dictionary probes, not one scan per word.
/// </summary>
public static class NameClassifier
{
    private static readonly FrozenDictionary<char, VocabularyEntry[]> ByFirstChar = Vocabulary.Entries
        .GroupBy(e => e.Word[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Word.Length).ToArray());

    /// <summary>One bit per char that starts a word: most characters of a name start none, and a bit test is cheaper than a probe.</summary>
    private static readonly ulong[] StartsWord = FirstCharBits();

    public static NameClassification Classify(string name, TargetValue? value)
    {
        var money = IsMoney(value);
        VocabularyEntry? best = null;
        var span = name.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if ((StartsWord[c >> 6] & (1UL << (c & 63))) == 0 || !ByFirstChar.TryGetValue(c, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if ((best is null || entry.Rank > best.Rank)
                    && span[i..].StartsWith(entry.Word, StringComparison.Ordinal)
                    && Holds(entry.Unit, money))
                {
                    best = entry;
                }
            }
        }

        if (best is not null)
        {
            return new NameClassification(best.Class, best.Confidence, best.Word);
        }

        // Nothing in the name: the value may still say it (a deadline, an amount, a count).
        if (value is { } v)
        {
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
        }

        return NameClassification.Unknown;
    }

    /// <summary>Whether a value is an amount of money (万元, 元, 元/人…).</summary>
    public static bool IsMoney(TargetValue? value)
    {
        if (value?.Unit is not { Length: > 0 } unit)
        {
            return false;
        }

        foreach (var money in Vocabulary.MoneyUnits)
        {
            if (unit.StartsWith(money, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong[] FirstCharBits()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var entry in Vocabulary.Entries)
        {
            var c = entry.Word[0];
            bits[c >> 6] |= 1UL << (c & 63);
        }

        return bits;
    }

    private static bool Holds(UnitCondition condition, bool money) => condition switch
    {
        UnitCondition.Money => money,
        UnitCondition.NotMoney => !money,
        _ => true,
    };
}
