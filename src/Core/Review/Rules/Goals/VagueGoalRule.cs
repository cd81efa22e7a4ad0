namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// GOAL-VAGUE (模糊化): goals so short and general that they state no result at all (“为企业纾困解难，减轻负担”).
/// Longer prose goals without numbers are common and are left to the reviewer.
/// </summary>
public sealed class VagueGoalRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "GOAL-VAGUE", "绩效目标过于笼统", Severity.Warning, RuleFamily.Goals,
        "寥寥数字、没有数量和时限的目标（模糊化）说不清资金要办成什么事，无法指导指标设置，也无法在年末评价。")
    {
        Parameters = [new RuleParameter("minLength", 20m, "全部目标合计少于此字数且没有任何数量时视为过于笼统")],
    };

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        var goals = sheet.Sheet.Goals;
        if (goals.Count == 0)
        {
            return; // GOAL-MISSING says it
        }

        // Most sheets' goals are long: told by their lengths first, before the goals are searched for a quantity
        // or a deadline (月底, 百分之 searched in every goal that states no number).
        var minLength = findings.Parameter("minLength");
        var total = 0;
        for (var i = 0; i < goals.Count; i++)
        {
            total += GoalText.BodySpan(goals[i].Text).Length;
        }

        if (total >= 2 * minLength)
        {
            return; // long enough even if every goal is written twice (年度 = 实施周期)
        }

        if (sheet.GoalFacts.FirstPurposeOnly is not null || sheet.GoalFacts.AnyMeasurable)
        {
            return; // GOAL-PURPOSE-ONLY says it, or a goal can be measured.
        }

        // The goals' distinct bodies read in place: their strings are made only for the message of the few sheets reported.
        var length = 0;
        Targets.Goal? first = null;
        for (var i = 0; i < goals.Count; i++)
        {
            var body = GoalText.BodySpan(goals[i].Text);
            if (body.Length < 2 || RepeatsEarlier(goals, i, body))
            {
                continue;
            }

            if (GoalText.IsMeasurable(body))
            {
                return;
            }

            first ??= goals[i];
            length += body.Length;
        }

        if (first is null || length >= minLength)
        {
            return;
        }

        findings.Report(sheet, first.Position, Words);
    }

    // Worded when read, from the sheet's goals.
    private static readonly Wording Words = Wording.Of(
        static f => $"绩效目标过于笼统，只有“{string.Join("；", Bodies(f.Sheet!.Goals))}”，没有说明要达到的数量、质量或时限",
        "写明资金使用后预期达到的具体结果（服务多少人/户、完成什么工作、达到什么标准、何时完成），并与绩效指标对应");

    /// <summary>Whether an earlier goal has the same body (of at least two characters).</summary>
    private static bool RepeatsEarlier(IReadOnlyList<Targets.Goal> goals, int index, ReadOnlySpan<char> body)
    {
        for (var g = 0; g < index; g++)
        {
            var earlier = GoalText.BodySpan(goals[g].Text);
            if (earlier.Length >= 2 && earlier.SequenceEqual(body))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The goals' distinct bodies of at least two characters, in order: what the message quotes.</summary>
    private static List<string> Bodies(IReadOnlyList<Targets.Goal> goals)
    {
        var bodies = new List<string>(goals.Count);
        foreach (var goal in goals)
        {
            var body = GoalText.Body(goal.Text);
            if (body.Length >= 2 && !bodies.Contains(body))
            {
                bodies.Add(body);
            }
        }

        return bodies;
    }
}
