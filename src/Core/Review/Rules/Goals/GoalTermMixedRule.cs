using System.Buffers;
using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// GOAL-TERM-MIXED: 年度 and 实施周期 goals mixed up — an annual goal reaching into later years, a
/// multi-year project whose annual goal is word for word its period goal, or a multi-year project
/// with only an annual goal that promises the whole project done (003 干部人事档案数字化 2023–2024).
/// </summary>
public sealed class GoalTermMixedRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "GOAL-TERM-MIXED", "年度目标与实施周期目标混淆", Severity.Warning, RuleFamily.Goals,
        "年度目标是本年度预算要完成的部分，实施周期目标是整个项目的结果；二者混淆，年末考核会拿整个项目的结果去评价一年的资金，或反之。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        var s = sheet.Sheet;
        var goals = s.Goals;
        if (s.FiscalYear is { } year)
        {
            for (var g = 0; g < goals.Count; g++)
            {
                var goal = goals[g];
                if (goal.Term == GoalTerm.Annual && LaterYear(goal.Text, year) is { } later)
                {
                    findings.Report(sheet, goal.Position,
                        $"{year}年度目标写到了{later}年：“{GoalNumberingGapRule.Excerpt(goal.Text)}”",
                        $"年度目标只写{year}年要完成的部分；以后年度的内容放入实施周期（中长期）目标");
                    return;
                }
            }
        }

        if (s.Period is not { StartYear: { } start, EndYear: { } end } || end <= start)
        {
            return;
        }

        Goal? firstAnnual = null;
        Goal? claim = null;
        var anyPeriod = false;
        for (var g = 0; g < goals.Count; g++)
        {
            var goal = goals[g];
            if (goal.Term == GoalTerm.Annual && GoalText.HasBody(goal.Text))
            {
                firstAnnual ??= goal;
                if (claim is null && (goal.Text.Contains("完成", StringComparison.Ordinal) || goal.Text.Contains("建成", StringComparison.Ordinal)))
                {
                    claim = goal;
                }
            }
            else if (goal.Term == GoalTerm.ImplementationPeriod && GoalText.HasBody(goal.Text))
            {
                anyPeriod = true;
            }
        }

        if (firstAnnual is null)
        {
            return;
        }

        if (anyPeriod)
        {
            if (SameBodies(goals))
            {
                var span = Years(start, end);
                findings.Report(sheet, firstAnnual.Position,
                    $"跨年度项目（{span}）的年度目标与实施周期目标完全相同",
                    "实施周期目标写整个项目的结果，年度目标写本年度要完成的部分（分解后的数量、进度）");
            }

            return;
        }

        if (claim is null || s.FiscalYear is not { } fiscal || fiscal >= end || claim.Text.Contains(fiscal.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            return;
        }

        var plan = PlanNaming(s.Plans, end.ToString(CultureInfo.InvariantCulture));
        var years = Years(start, end);
        findings.Report(sheet, claim.Position,
            $"跨年度项目（{years}）只有年度目标，且年度目标“{GoalNumberingGapRule.Excerpt(claim.Text)}”写的是整个项目的完成"
                + (plan is null ? "" : $"，而实施计划为“{GoalNumberingGapRule.Excerpt(plan.Text)}”"),
            $"分别写明实施周期目标（{years}整个项目的结果）和{fiscal}年度目标（本年度完成的部分）");
    }

    /// <summary>
    /// The project's years as the messages write them (2023—2024): made only for a sheet reported, not for every
    /// multi-year sheet read.
    /// </summary>
    private static string Years(int start, int end) =>
        $"{start.ToString(CultureInfo.InvariantCulture)}—{end.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The first plan item that names the year: a loop, where a lambda capturing the year made the method allocate
    /// its closure for every sheet it read.
    /// </summary>
    private static PlanItem? PlanNaming(IReadOnlyList<PlanItem> plans, string year)
    {
        for (var i = 0; i < plans.Count; i++)
        {
            if (plans[i].Text.Contains(year, StringComparison.Ordinal))
            {
                return plans[i];
            }
        }

        return null;
    }

    /// <summary>Whether the annual goals' bodies, one after another, are word for word the period goals' bodies.</summary>
    private static bool SameBodies(IReadOnlyList<Goal> goals)
    {
        var annualLength = 0;
        var periodLength = 0;
        for (var g = 0; g < goals.Count; g++)
        {
            var length = GoalText.BodySpan(goals[g].Text).Length;
            if (length >= 2) // GoalText.HasBody
            {
                annualLength += goals[g].Term == GoalTerm.Annual ? length : 0;
                periodLength += goals[g].Term == GoalTerm.ImplementationPeriod ? length : 0;
            }
        }

        if (annualLength != periodLength)
        {
            return false; // told without copying them, as most are
        }

        var annual = annualLength <= 256 ? stackalloc char[annualLength] : new char[annualLength];
        var period = periodLength <= 256 ? stackalloc char[periodLength] : new char[periodLength];
        var (a, p) = (0, 0);
        for (var g = 0; g < goals.Count; g++)
        {
            var body = GoalText.BodySpan(goals[g].Text);
            if (body.Length >= 2 && goals[g].Term == GoalTerm.Annual)
            {
                body.CopyTo(annual[a..]);
                a += body.Length;
            }
            else if (body.Length >= 2 && goals[g].Term == GoalTerm.ImplementationPeriod)
            {
                body.CopyTo(period[p..]);
                p += body.Length;
            }
        }

        return annual.SequenceEqual(period);
    }

    /// <summary>A year after the fiscal year that the goal names as its own (2025年, 2024-2026), else null.</summary>
    private static int? LaterYear(string text, int fiscal)
    {
        // A year is four digits before 年, -, — or 至: the text is searched for those, the digits read back from them.
        for (var at = 4; at < text.Length; at++)
        {
            var next = text.AsSpan(at).IndexOfAny(YearEnds);
            if (next < 0)
            {
                return null;
            }

            at += next;
            var i = at - 4;
            if (text[i] is '1' or '2' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && (i == 0 || !char.IsAsciiDigit(text[i - 1]))
                && int.Parse(text.AsSpan(i, 4), CultureInfo.InvariantCulture) is var y && y > fiscal && y < fiscal + 20
                && !InBrackets(text, i))
            {
                return y;
            }
        }

        return null;
    }

    private static readonly SearchValues<char> YearEnds = SearchValues.Create("年-—至");

    /// <summary>A year inside a document number (〔2024〕, [2024], 【2024】) is not a goal's year.</summary>
    internal static bool InBrackets(string text, int i) =>
        i > 0 && text[i - 1] is '〔' or '[' or '【' or '(' or '（';
}
