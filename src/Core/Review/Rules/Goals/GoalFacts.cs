using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// What the goal rules read from a sheet's goals, read once per sheet and shared between them
/// (<see cref="SheetContext.GoalFacts"/>): the quantities each goal states, whether they are
/// measurable and the goal GOAL-PURPOSE-ONLY finds. GOAL-PURPOSE-ONLY, GOAL-VAGUE,
/// GOAL-QUANTITY-UNCARRIED and GOAL-INDICATOR-CONFLICT each used to read them again.
/// </summary>
internal sealed class GoalFacts(IReadOnlyList<Goal> goals)
{
    [ThreadStatic]
    private static List<GoalQuantity>? quantityScratch;

    private GoalQuantity[]? all;

    // Where each goal's quantities start in `all` (one more entry than goals); null when no goal states one.
    private int[]? starts;

    /// <summary>The quantities goal <paramref name="index"/> states (<see cref="GoalText.Quantities(string, List{GoalQuantity})"/>).</summary>
    public ReadOnlySpan<GoalQuantity> Quantities(int index)
    {
        var quantities = All;
        return starts is null ? [] : quantities.AsSpan(starts[index], starts[index + 1] - starts[index]);
    }

    /// <summary>Every quantity of the goals, in goal order.</summary>
    public GoalQuantity[] All => all ?? ReadQuantities();

    private GoalQuantity[] ReadQuantities()
    {
        var found = quantityScratch ??= [];
        found.Clear();
        int[]? at = null;
        for (var g = 0; g < goals.Count; g++)
        {
            var text = goals[g].Text;
            if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                var before = found.Count;
                GoalText.Quantities(text, found);
                if (found.Count > before && at is null)
                {
                    at = new int[goals.Count + 1]; // goals before this one state none: their entries stay 0
                }
            }

            if (at is not null)
            {
                at[g + 1] = found.Count;
            }
        }

        starts = at;
        return all = found.Count == 0 ? [] : [.. found];
    }

    /// <summary><see cref="GoalText.IsMeasurable"/> of goal <paramref name="index"/>'s text.</summary>
    public bool IsMeasurable(int index)
    {
        if (Quantities(index).Length > 0)
        {
            return true;
        }

        var text = goals[index].Text;
        return text.Contains("月底", StringComparison.Ordinal) || text.Contains("百分之", StringComparison.Ordinal);
    }

    private int anyMeasurable = -1;

    /// <summary>Whether some goal of the sheet is measurable (<see cref="IsMeasurable"/>).</summary>
    public bool AnyMeasurable
    {
        get
        {
            if (anyMeasurable < 0)
            {
                anyMeasurable = 0;
                for (var i = 0; i < goals.Count && anyMeasurable == 0; i++)
                {
                    anyMeasurable = IsMeasurable(i) ? 1 : 0;
                }
            }

            return anyMeasurable == 1;
        }
    }

    private bool purposeRead;
    private Goal? purposeOnly;

    /// <summary>The sheet's first goal when it opens with “用于…” and no goal of the sheet states a quantity (GOAL-PURPOSE-ONLY).</summary>
    public Goal? FirstPurposeOnly
    {
        get
        {
            if (!purposeRead)
            {
                purposeOnly = ReadPurposeOnly();
                purposeRead = true;
            }

            return purposeOnly;
        }
    }

    /// <summary>
    /// Whether the goals may state a quantity: some goal holds a digit. Most sheets' goals do not, and a rule that
    /// asks this first reads neither the quantities nor the sheet's <see cref="GoalFacts"/> for them.
    /// </summary>
    public static bool MayStateQuantity(IReadOnlyList<Goal> goals)
    {
        for (var g = 0; g < goals.Count; g++)
        {
            if (goals[g].Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first goal with a body (<see cref="GoalText.HasBody"/>), when that body opens with “用于…”; else -1.
    /// It rules out most sheets for GOAL-PURPOSE-ONLY before any goal is read for quantities, or the sheet's
    /// <see cref="GoalFacts"/> made for them.
    /// </summary>
    public static int FirstOpeningWithPurpose(IReadOnlyList<Goal> goals)
    {
        var first = -1;
        var body = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < goals.Count && first < 0; i++)
        {
            body = GoalText.BodySpan(goals[i].Text);
            first = body.Length >= 2 ? i : -1; // GoalText.HasBody
        }

        return first >= 0 && PurposeOnlyGoalRule.OpensWithPurpose(body) ? first : -1;
    }

    private Goal? ReadPurposeOnly()
    {
        var first = FirstOpeningWithPurpose(goals);
        if (first < 0)
        {
            return null;
        }

        for (var i = first; i < goals.Count; i++)
        {
            if (GoalText.HasBody(goals[i].Text) && IsMeasurable(i))
            {
                return null;
            }
        }

        return goals[first];
    }
}
