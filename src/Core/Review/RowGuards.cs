using System.Numerics;

namespace Jixiao.Core.Review;

/// <summary>
/// Which indicator rules a row is called with (<see cref="IndicatorRule.Needs"/>), answered for all the engine's rules
/// at once: eight lookups of the row's <see cref="RowTraits"/>, a byte at a time, give the set of rules whose needs the
/// row has, as one bit per rule. A table of a dozen rows then becomes, per rule, the set of its rows; a rule walks only
/// those, in table order, and a rule with none is not bound at all. Testing each rule's needs on each row cost two
/// million tests on the synthetic corpus, three in four of them failing, for half a million calls.
/// </summary>
internal sealed class RowGuards
{
    /// <summary>The most rules one word tells apart; an engine with more walks every row and tests its needs.</summary>
    public const int MaxRules = 64;

    /// <summary>The longest table whose rows one word tells apart; a longer one is walked row by row.</summary>
    public const int MaxRows = 64;

    // For byte k of the traits and its value v, at [k * 256 + v]: the rules whose needs, in that byte, v has.
    private readonly ulong[] byByte = new ulong[8 * 256];

    private RowGuards(IReadOnlyList<RowTraits> needs, ulong v88, ulong v101)
    {
        for (var rule = 0; rule < needs.Count; rule++)
        {
            var need = (ulong)needs[rule];
            for (var k = 0; k < 8; k++)
            {
                var part = (int)((need >> (8 * k)) & 0xFF);
                for (var v = 0; v < 256; v++)
                {
                    if ((v & part) == part)
                    {
                        byByte[(k * 256) + v] |= 1UL << rule;
                    }
                }
            }
        }

        (V88, V101) = (v88, v101);
    }

    /// <summary>The rules that apply to sheets reviewed against the 88号 framework, one bit per rule.</summary>
    public ulong V88 { get; }

    /// <summary>The rules that apply to sheets reviewed against the 101号 framework.</summary>
    public ulong V101 { get; }

    /// <summary>The guards of the rules, in the engine's order; null when there are more than <see cref="MaxRules"/>.</summary>
    public static RowGuards? For(IReadOnlyList<(RowTraits Needs, Frameworks AppliesTo)> rules)
    {
        if (rules.Count > MaxRules)
        {
            return null;
        }

        ulong v88 = 0, v101 = 0;
        for (var i = 0; i < rules.Count; i++)
        {
            v88 |= (rules[i].AppliesTo & Frameworks.V88) != 0 ? 1UL << i : 0;
            v101 |= (rules[i].AppliesTo & Frameworks.V101) != 0 ? 1UL << i : 0;
        }

        return new RowGuards([.. rules.Select(r => r.Needs)], v88, v101);
    }

    /// <summary>The rules whose needs a row with these traits has, one bit per rule.</summary>
    public ulong RulesFor(RowTraits traits)
    {
        var t = (ulong)traits;
        var table = byByte;
        return table[(int)(t & 0xFF)]
            & table[256 + (int)((t >> 8) & 0xFF)]
            & table[512 + (int)((t >> 16) & 0xFF)]
            & table[768 + (int)((t >> 24) & 0xFF)]
            & table[1024 + (int)((t >> 32) & 0xFF)]
            & table[1280 + (int)((t >> 40) & 0xFF)]
            & table[1536 + (int)((t >> 48) & 0xFF)]
            & table[1792 + (int)(t >> 56)];
    }

    /// <summary>
    /// For a table of at most <see cref="MaxRows"/> rows: per rule of <paramref name="rules"/>, the rows it is called with,
    /// one bit per row, into <paramref name="rowsOf"/> (cleared first).
    /// </summary>
    public void RowsOfRules(IndicatorFacts[] rows, ulong rules, Span<ulong> rowsOf)
    {
        rowsOf.Clear();
        for (var row = 0; row < rows.Length; row++)
        {
            var bits = RulesFor(rows[row].Traits()) & rules;
            while (bits != 0)
            {
                rowsOf[BitOperations.TrailingZeroCount(bits)] |= 1UL << row;
                bits &= bits - 1;
            }
        }
    }
}
