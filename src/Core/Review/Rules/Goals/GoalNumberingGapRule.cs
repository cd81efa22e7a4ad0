using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// GOAL-NUMBERING-GAP: goals numbered 目标2 or 目标3 with no 目标1 (001 项目 7 and 8): the goals were
/// cut short or pasted in from another table.
/// </summary>
public sealed class GoalNumberingGapRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "GOAL-NUMBERING-GAP", "绩效目标编号不连续", Severity.Warning, RuleFamily.Goals,
        "目标编号从“目标2”“目标3”开始或中间跳号，通常是从其他表格复制时遗漏了目标或混入了别的项目的目标，本表目标可能不完整或与项目不符。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        // Each term's goals numbered 1…N without a gap, or not numbered, is the usual case: told by a bit
        // per number, all terms in one pass over the goals. Numbers from 64 up set bit 0, as 0 does, and
        // take the full check.
        var goals = sheet.Sheet.Goals;
        Span<ulong> bits = stackalloc ulong[Terms.Length];
        for (var g = 0; g < goals.Count; g++)
        {
            if ((int)goals[g].Term is var t && t >= 0 && t < Terms.Length && GoalText.Number(goals[g].Text) is { } n)
            {
                bits[t] |= n is >= 0 and <= 63 ? 1UL << n : 1UL;
            }
        }

        foreach (var term in Terms)
        {
            // None, or exactly 1…max: bits 1 to max set, bit 0 clear.
            var b = bits[(int)term];
            if (b == 0 || ((b & 1) == 0 && ((b >> 1) & ((b >> 1) + 1)) == 0))
            {
                continue;
            }

            if ((b & 1) == 0)
            {
                ReportFromBits(sheet, findings, term, b); // numbers 1 to 63 only: the bits are the sorted set
                continue;
            }

            ReportFromSet(sheet, findings, term);
        }
    }

    /// <summary>
    /// The full check of a term with a goal numbered 0 or from 64 up: the numbers in a sorted set. In a method of its
    /// own, so the closures of its queries are allocated only when it runs, not for every term of every sheet.
    /// </summary>
    private static void ReportFromSet(SheetContext sheet, FindingSink findings, GoalTerm term)
    {
        SortedSet<int>? numbers = null;
        Goal? first = null;
        foreach (var goal in sheet.Sheet.Goals)
        {
            if (goal.Term == term && GoalText.Number(goal.Text) is { } n)
            {
                (numbers ??= []).Add(n);
                first ??= goal;
            }
        }

        if (first is null || numbers is null || (numbers.Min == 1 && numbers.Max == numbers.Count))
        {
            return;
        }

        var missing = Enumerable.Range(1, numbers.Max).Where(n => !numbers.Contains(n)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var written = string.Join("、", numbers.Select(n => "目标" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var absent = string.Join("、", missing.Select(n => "目标" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        findings.Report(sheet, first.Position,
            $"绩效目标只有{written}，缺少{absent}：“{Excerpt(first.Text)}”",
            $"核对目标是否完整、是否属于本项目（{sheet.Sheet.ProjectName ?? sheet.Sheet.Department}），补齐缺少的目标并重新编号");
    }

    /// <summary>
    /// Reports a term's goals numbered 1 to 63 (bit n set for 目标n, bit 0 clear) that are not exactly 1…max: as the
    /// full check does, with the numbers written and missing read from the bits instead of a set.
    /// </summary>
    private static void ReportFromBits(SheetContext sheet, FindingSink findings, GoalTerm term, ulong bits)
    {
        Goal? first = null;
        var goals = sheet.Sheet.Goals;
        for (var g = 0; g < goals.Count && first is null; g++)
        {
            first = goals[g].Term == term && GoalText.Number(goals[g].Text) is not null ? goals[g] : null;
        }

        var max = 63 - System.Numerics.BitOperations.LeadingZeroCount(bits);
        var written = new System.Text.StringBuilder();
        var absent = new System.Text.StringBuilder();
        for (var n = 1; n <= max; n++)
        {
            var list = (bits & (1UL << n)) != 0 ? written : absent;
            list.Append(list.Length > 0 ? "、目标" : "目标").Append(n);
        }

        findings.Report(sheet, first!.Position,
            $"绩效目标只有{written}，缺少{absent}：“{Excerpt(first.Text)}”",
            $"核对目标是否完整、是否属于本项目（{sheet.Sheet.ProjectName ?? sheet.Sheet.Department}），补齐缺少的目标并重新编号");
    }

    /// <summary>The terms in order, each at the index of its value.</summary>
    private static readonly GoalTerm[] Terms = [GoalTerm.Overall, GoalTerm.Annual, GoalTerm.ImplementationPeriod, GoalTerm.Detailed];

    internal static GoalExcerpt Excerpt(string text) => new(text);
}
