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
        // Most sheets have a goal that can be measured: told by the quantities the other goal rules read
        // too, before the threshold is looked up or the goals' lengths summed.
        if (goals.Count == 0 || sheet.GoalFacts.FirstPurposeOnly is not null || sheet.GoalFacts.AnyMeasurable)
        {
            return; // GOAL-MISSING or GOAL-PURPOSE-ONLY says it, or a goal can be measured.
        }

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

        var seen = new List<string>(goals.Count); // a sheet's few goals: a list searched costs less than a set
        var length = 0;
        Targets.Goal? first = null;
        foreach (var goal in goals)
        {
            var body = GoalText.Body(goal.Text);
            if (body.Length < 2 || seen.Contains(body))
            {
                continue;
            }

            seen.Add(body);
            if (GoalText.IsMeasurable(body))
            {
                return;
            }

            first ??= goal;
            length += body.Length;
        }

        if (first is null || length >= minLength)
        {
            return;
        }

        findings.Report(sheet, first.Position,
            $"绩效目标过于笼统，只有“{string.Join("；", seen)}”，没有说明要达到的数量、质量或时限",
            "写明资金使用后预期达到的具体结果（服务多少人/户、完成什么工作、达到什么标准、何时完成），并与绩效指标对应");
    }
}
