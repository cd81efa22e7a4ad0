using Jixiao.Core.Targets;

using Jixiao.Core.Review.Rules.Values;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// GOAL-INDICATOR-CONFLICT: a goal states a quantity (“入驻孵化3家以上”) that the matching indicator
/// contradicts (入驻企业数 ≥2家). An indicator matches when it has the same unit and shares at least
/// two words with the goal's clause (one, when that is the
/// whole of a short name such as 培训人数); a goal whose number some indicator of that unit repeats agrees.
/// </summary>
public sealed class GoalIndicatorConflictRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "GOAL-INDICATOR-CONFLICT", "目标数值与指标值不一致", Severity.Warning, RuleFamily.Goals,
        "绩效指标是目标的细化和量化；目标承诺的数量与对应指标值不一致，年末按哪个考核说不清，其中一个必有错。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (sheet.Indicators.Count == 0 || !GoalFacts.MayStateQuantity(sheet.Sheet.Goals))
        {
            return; // most sheets' goals hold no digit: told without the sheet's GoalFacts made for them
        }

        var facts = sheet.GoalFacts;
        var all = facts.All;
        if (all.Length == 0)
        {
            return;
        }

        var goals = sheet.Sheet.Goals;
        for (var g = 0; g < goals.Count; g++)
        {
            var goal = goals[g];
            foreach (var quantity in facts.Quantities(g))
            {
                if (quantity.Unit == "%" || Agrees(sheet.Rows, quantity))
                {
                    continue;
                }

                var clause = GoalText.ClauseRange(goal.Text, quantity.Start, quantity.End);
                if (Matching(sheet.Rows, quantity, goal.Text.AsSpan()[clause], all) is { } indicator)
                {
                    findings.Report(sheet, indicator, Words.With((goal.Text, clause, quantity)), ValueText.Number(quantity.Number) + quantity.Unit);
                    return;
                }
            }
        }
    }

    // Worded when read: the goal's clause, its quantity and the row that states another.
    private static readonly Wording<(string Goal, Range Clause, GoalQuantity Quantity)> Words = new(
        static (f, a) => $"目标“{a.Goal[a.Clause].Trim()}”与指标“{f.Indicator!.Name}”的指标值 {f.Indicator.Value.Raw} 不一致",
        static (f, a) => $"核对目标与指标：二者应为同一数量（{a.Quantity.Number}{a.Quantity.Unit} 或 {f.Indicator!.Value.Number}{f.Indicator.Value.Unit}）");

    private static bool Agrees(IndicatorFacts[] rows, GoalQuantity quantity)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            var value = rows[r].Indicator.Value;
            if (SameUnit(value.Unit, quantity.Unit) && value.Number == quantity.Number) // the unit first: a string test rules out most rows before a decimal compare
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The indicator of the goal's unit that shares most words with the clause, at least two; one that
    /// repeats another quantity of the goals is that quantity's indicator, not this one's (001: 1326人).
    /// </summary>
    private static Indicator? Matching(IndicatorFacts[] rows, GoalQuantity quantity, ReadOnlySpan<char> clause, GoalQuantity[] stated)
    {
        // The clause's words, sorted for search: read once the first indicator of the unit is found.
        Span<int> words = clause.Length <= 256 ? stackalloc int[clause.Length] : new int[clause.Length];
        var read = false;
        Indicator? best = null;
        var bestShared = 1;
        for (var r = 0; r < rows.Length; r++)
        {
            var indicator = rows[r].Indicator;
            if (indicator.Value.Number is not { } number || !SameUnit(indicator.Value.Unit, quantity.Unit)
                || Repeats(stated, number, indicator.Value.Unit))
            {
                continue;
            }

            if (!read)
            {
                words = words[..GoalText.Words(clause, words)];
                words.Sort();
                read = true;
            }

            var (shared, total) = GoalText.CountShared(Core(indicator.Name), words);
            if (shared > bestShared || (shared == 1 && bestShared == 1 && best is null && total <= 2))
            {
                best = indicator;
                bestShared = shared;
            }
        }

        return best;
    }

    private static bool Repeats(GoalQuantity[] stated, decimal number, string? unit)
    {
        foreach (var q in stated)
        {
            if (q.Number == number && SameUnit(unit, q.Unit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name without its counting tail (培训人数 → 培训): the tail says nothing about the subject.</summary>
    private static ReadOnlySpan<char> Core(string name)
    {
        foreach (var tail in (ReadOnlySpan<string>)["人数", "人次", "次数", "数量", "个数", "户数", "家数", "场次"])
        {
            if (name.EndsWith(tail, StringComparison.Ordinal) && name.Length > tail.Length + 1)
            {
                return name.AsSpan(0, name.Length - tail.Length);
            }
        }

        return name;
    }

    private static bool SameUnit(string? unit, string goalUnit) =>
        unit is not null && (string.Equals(unit, goalUnit, StringComparison.Ordinal)
            || (unit.StartsWith(goalUnit, StringComparison.Ordinal) && unit.Length > goalUnit.Length && unit[goalUnit.Length] is '(' or '（'));
}
