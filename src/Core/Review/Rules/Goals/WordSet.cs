using System.Numerics;
using System.Runtime.CompilerServices;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// A set of the words of some texts (<see cref="GoalText.IsWord"/>, as <see cref="GoalText.Pair"/>) in a table the
/// caller gives, usually on the stack: a hash table with open addressing. A word is looked up with a hash and
/// mostly one compare, without the words sorted for a binary search. For many texts' words (a department's indicator names). A few goals' words, looked up mostly in vain,
/// cost less behind <see cref="GoalWords"/>' bit filter: a miss there is one well-predicted test, here a probe
/// whose branch goes either way.
/// </summary>
internal ref struct WordSet
{
    private readonly Span<int> table;
    private readonly int shift;

    /// <param name="table">All zero (no word: a pair of Chinese characters is never 0), <see cref="TableLength"/> long.</param>
    public WordSet(Span<int> table)
    {
        this.table = table;
        shift = 32 - BitOperations.Log2((uint)table.Length);
    }

    /// <summary>
    /// The table's length for texts of <paramref name="chars"/> characters in all: a power of two at least twice
    /// the words they can hold, so the table stays at most half full and most look-ups stop at their first slot.
    /// </summary>
    public static int TableLength(int chars) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * chars));

    /// <summary>Adds the text's words.</summary>
    public void Add(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return;
        }

        var previous = text[0];
        foreach (var c in text[1..]) // one character read per pair, without bounds checks
        {
            if (GoalText.IsWord(previous, c))
            {
                Insert(GoalText.Pair(previous, c));
            }

            previous = c;
        }
    }

    private void Insert(int pair)
    {
        var mask = table.Length - 1;
        for (var i = Slot(pair); ; i = (i + 1) & mask)
        {
            if (table[i] == pair)
            {
                return;
            }

            if (table[i] == 0)
            {
                table[i] = pair;
                return;
            }
        }
    }

    /// <summary>Whether the set holds the pair (<see cref="GoalText.Pair"/>): false for any pair that is no word, as none is added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked of every pair of the texts searched: no call
    public readonly bool Contains(int pair)
    {
        var mask = table.Length - 1;
        for (var i = Slot(pair); ; i = (i + 1) & mask)
        {
            var held = table[i];
            if (held == pair)
            {
                return true;
            }

            if (held == 0)
            {
                return false;
            }
        }
    }

    /// <summary>How many of the text's pairs are words of the set, counting a word each time it occurs.</summary>
    public readonly int CountIn(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return 0;
        }

        var count = 0;
        var previous = text[0];
        foreach (var c in text[1..])
        {
            count += Contains(GoalText.Pair(previous, c)) ? 1 : 0;
            previous = c;
        }

        return count;
    }

    private readonly int Slot(int pair) => (int)((uint)pair * 0x9E3779B1u >> shift);
}
