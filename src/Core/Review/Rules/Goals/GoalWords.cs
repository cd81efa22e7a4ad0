using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// The words of a sheet's goals (<see cref="GoalText.IsWord"/>) behind a 4,096-bit filter on the stack:
/// a word the goals lack (most) costs a bit test, one that passes is confirmed in the goals' text.
/// Allocates nothing.
/// </summary>
internal ref struct GoalWords
{
    private readonly IReadOnlyList<Goal> goals;
    private Filter filter;

    public GoalWords(IReadOnlyList<Goal> goals)
    {
        this.goals = goals;
        for (var g = 0; g < goals.Count; g++)
        {
            var text = goals[g].Text;
            if (RepeatsEarlier(goals, g))
            {
                continue; // 年度 and 实施周期 goals are often the same text
            }

            var previous = text.Length > 0 ? text[0] : '\0';
            foreach (var c in text.AsSpan(Math.Min(1, text.Length))) // one character read per pair, without bounds checks
            {
                if (GoalText.IsWord(previous, c))
                {
                    var bit = GoalText.Slot(GoalText.Pair(previous, c));
                    filter[bit >> 6] |= 1UL << bit;
                }

                previous = c;
            }
        }
    }

    /// <summary>Whether some goal holds the two characters side by side as a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // a bit test per pair of the text searched: no call
    public readonly bool Contains(char a, char b)
    {
        var bit = GoalText.Slot(GoalText.Pair(a, b));
        return (filter[bit >> 6] & (1UL << bit)) != 0 && Confirm(a, b);
    }

    private readonly bool Confirm(char a, char b)
    {
        if (!GoalText.IsWord(a, b))
        {
            return false;
        }

        ReadOnlySpan<char> word = [a, b];
        for (var g = 0; g < goals.Count; g++) // by index: a foreach on the interface would allocate an enumerator per word
        {
            if (goals[g].Text.AsSpan().IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the goals hold at least <paramref name="count"/> distinct words: mostly told by the filter, without counting them.</summary>
    public readonly bool HoldsAtLeast(decimal count)
    {
        // Each bit set is a distinct word, and only the few words that share a bit go uncounted.
        var bits = 0;
        foreach (var word in filter)
        {
            bits += BitOperations.PopCount(word);
        }

        return bits >= count || Count() >= count;
    }

    /// <summary>How many distinct words the goals hold.</summary>
    public readonly int Count()
    {
        var length = 0;
        for (var g = 0; g < goals.Count; g++)
        {
            length += goals[g].Text.Length;
        }

        int[]? rented = null;
        var buffer = length <= 512 ? stackalloc int[length] : (rented = ArrayPool<int>.Shared.Rent(length));
        var count = 0;
        for (var g = 0; g < goals.Count; g++)
        {
            count += RepeatsEarlier(goals, g) ? 0 : GoalText.Words(goals[g].Text, buffer[count..]);
        }

        var words = buffer[..count];
        words.Sort();
        var distinct = 0;
        for (var i = 0; i < words.Length; i++)
        {
            distinct += i == 0 || words[i] != words[i - 1] ? 1 : 0;
        }

        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        return distinct;
    }

    private static bool RepeatsEarlier(IReadOnlyList<Goal> goals, int index)
    {
        for (var g = 0; g < index; g++)
        {
            if (string.Equals(goals[g].Text, goals[index].Text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [InlineArray(64)]
    private struct Filter
    {
        private ulong bits;
    }
}
