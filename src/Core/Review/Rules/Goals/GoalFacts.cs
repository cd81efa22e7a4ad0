using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// What the goal rules read from a sheet's goals, read once per sheet and shared between them
/// (<see cref="SheetContext.GoalFacts"/>): the quantities each goal states and whether it is
/// measurable. GOAL-PURPOSE-ONLY, GOAL-VAGUE, GOAL-QUANTITY-UNCARRIED and GOAL-INDICATOR-CONFLICT
/// each used to read them again.
/// </summary>
internal sealed class GoalFacts(IReadOnlyList<Goal> goals)
{
    private readonly GoalQuantity[]?[] quantities = new GoalQuantity[goals.Count][];
    private GoalQuantity[]? all;

    /// <summary>The quantities goal <paramref name="index"/> states (<see cref="GoalText.Quantities"/>).</summary>
    public GoalQuantity[] Quantities(int index) =>
        quantities[index] ??= goals[index].Text.AsSpan().IndexOfAnyInRange('0', '9') < 0 ? [] : [.. GoalText.Quantities(goals[index].Text)];

    /// <summary>Every quantity of the goals, in goal order.</summary>
    public GoalQuantity[] All
    {
        get
        {
            if (all is null)
            {
                var list = new List<GoalQuantity>();
                for (var i = 0; i < goals.Count; i++)
                {
                    list.AddRange(Quantities(i));
                }

                all = [.. list];
            }

            return all;
        }
    }

    private ulong[]? pairs;

    /// <summary>
    /// Whether some goal may hold the two Chinese characters side by side: false means none does, true
    /// must be confirmed in the text. A 4,096-bit filter of the goals' pairs, built once per sheet, so a word
    /// the goals lack (most of them) costs a bit test instead of a search of every goal.
    /// </summary>
    public bool MayHold(char a, char b)
    {
        var bits = pairs ??= PairBits(goals);
        var bit = Slot(a, b);
        return (bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static ulong[] PairBits(IReadOnlyList<Goal> goals)
    {
        var bits = new ulong[64];
        for (var g = 0; g < goals.Count; g++)
        {
            var text = goals[g].Text;
            for (var i = 0; i + 1 < text.Length; i++)
            {
                var bit = Slot(text[i], text[i + 1]);
                bits[bit >> 6] |= 1UL << bit;
            }
        }

        return bits;
    }

    private static int Slot(char a, char b) => (int)((uint)((a * 0x9E3779B1u) ^ b) * 0x85EBCA6Bu >> 20);

    /// <summary><see cref="GoalText.IsMeasurable"/> of goal <paramref name="index"/>'s text.</summary>
    public bool IsMeasurable(int index)
    {
        var text = goals[index].Text;
        return text.Contains("月底", StringComparison.Ordinal) || text.Contains("百分之", StringComparison.Ordinal) || Quantities(index).Length > 0;
    }
}
