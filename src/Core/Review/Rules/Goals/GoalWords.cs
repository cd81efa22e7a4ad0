using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// The words of a sheet's goals (<see cref="GoalText.IsWord"/>) as a <see cref="WordSet"/>, in a table the caller
/// usually puts on the stack: a word is looked up without the goals' text searched again, and the distinct words
/// are counted as they are read.
/// </summary>
internal ref struct GoalWords
{
    private WordSet words;

    /// <summary>The goals' words in a table of their own (<see cref="TableLength"/>).</summary>
    public GoalWords(IReadOnlyList<Goal> goals)
        : this(goals, new int[TableLength(goals)])
    {
    }

    /// <param name="goals">The sheet's goals.</param>
    /// <param name="table">All zero, <see cref="TableLength"/> long.</param>
    public GoalWords(IReadOnlyList<Goal> goals, Span<int> table)
    {
        words = new WordSet(table);
        for (var g = 0; g < goals.Count; g++)
        {
            if (!RepeatsEarlier(goals, g)) // 年度 and 实施周期 goals are often the same text: it adds no word
            {
                words.Add(goals[g].Text);
            }
        }
    }

    /// <summary>The length of the table the goals' words need (<see cref="WordSet.TableLength"/>).</summary>
    public static int TableLength(IReadOnlyList<Goal> goals)
    {
        var chars = 0;
        for (var g = 0; g < goals.Count; g++)
        {
            chars += goals[g].Text.Length;
        }

        return WordSet.TableLength(chars);
    }

    /// <summary>Whether some goal holds the two characters side by side as a word.</summary>
    public readonly bool Contains(char a, char b) => words.Contains(GoalText.Pair(a, b));

    /// <summary>Whether the goals hold at least <paramref name="count"/> distinct words.</summary>
    public readonly bool HoldsAtLeast(decimal count) => words.Count >= count;

    /// <summary>How many distinct words the goals hold.</summary>
    public readonly int Count() => words.Count;

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
}
