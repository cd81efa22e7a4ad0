using System.Runtime.CompilerServices;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// The distinct words of a sheet's goals (<see cref="GoalText.IsWord"/>), sorted in a buffer the caller
/// gives (as long as the goals' text), behind a 1,024-bit filter: a word the goals lack (most) costs
/// a bit test, one they hold a binary search. Allocates nothing.
/// </summary>
internal ref struct GoalWords
{
    private readonly ReadOnlySpan<int> words;
    private Filter filter;

    public GoalWords(IReadOnlyList<Goal> goals, Span<int> buffer)
    {
        var count = 0;
        for (var g = 0; g < goals.Count; g++)
        {
            count += GoalText.Words(goals[g].Text, buffer[count..]);
        }

        var all = buffer[..count];
        all.Sort();
        var distinct = 0;
        for (var i = 0; i < all.Length; i++)
        {
            if (distinct == 0 || all[i] != all[distinct - 1])
            {
                all[distinct++] = all[i];
                var bit = Slot(all[i]);
                filter[bit >> 6] |= 1UL << bit;
            }
        }

        words = all[..distinct];
    }

    /// <summary>How long a buffer the goals' words need: the length of their text.</summary>
    public static int BufferLength(IReadOnlyList<Goal> goals)
    {
        var length = 0;
        for (var g = 0; g < goals.Count; g++)
        {
            length += goals[g].Text.Length;
        }

        return length;
    }

    /// <summary>How many distinct words the goals hold.</summary>
    public readonly int Count => words.Length;

    /// <summary>Whether the goals hold the word (as <see cref="GoalText.Pair"/>).</summary>
    public readonly bool Contains(int pair)
    {
        var bit = Slot(pair);
        return (filter[bit >> 6] & (1UL << bit)) != 0 && words.BinarySearch(pair) >= 0;
    }

    private static int Slot(int pair) => (int)((uint)pair * 0x9E3779B1u >> 22);

    [InlineArray(16)]
    private struct Filter
    {
        private ulong bits;
    }
}
