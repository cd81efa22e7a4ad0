using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// GOAL-UNRELATED (孤立化): a project goal that shares no word with the project's name, its indicators
/// or their descriptions (001 全县见习岗位人员医疗金: “通过印刷政策宣传资料……开展就业创业政策宣传”).
/// </summary>
public sealed class UnrelatedGoalRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "GOAL-UNRELATED", "绩效目标与项目内容无关", Severity.Warning, RuleFamily.Goals,
        "目标与项目名称、绩效指标毫无关联（孤立化），多是从其他项目复制而来；这样的目标既不能说明本项目资金的用途和效果，也无法与指标对照考核。")
    {
        Parameters = [new RuleParameter("minWords", 8m, "目标至少有这么多个双字词时才判断（过短的目标由 GOAL-VAGUE 判断）")],
    };

    [ThreadStatic]
    private static HashSet<int>? goalWordsScratch;

    [ThreadStatic]
    private static HashSet<int>? foundScratch;

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        var s = sheet.Sheet;
        if (s.Kind != SheetKind.Project || s.ProjectName is null || s.Indicators.Count == 0)
        {
            return;
        }

        if (GoalText.SharedWithGoals(s.ProjectName, s.Goals, 2) >= 2)
        {
            return; // the goal speaks of the project by name
        }

        // Scratch sets reused per thread: this rule runs on every project sheet.
        var goalWords = goalWordsScratch ??= new HashSet<int>();
        goalWords.Clear();
        foreach (var goal in s.Goals)
        {
            GoalText.AddBigrams(goal.Text, goalWords);
        }

        if (goalWords.Count < findings.Parameter("minWords"))
        {
            return;
        }

        // Two shared words are enough to call the goal related: stop looking as soon as they are found.
        var found = foundScratch ??= new HashSet<int>();
        found.Clear();
        GoalText.FindBigrams(s.ProjectName, goalWords, found, 2);
        for (var i = 0; i < s.Indicators.Count && found.Count < 2; i++)
        {
            GoalText.FindBigrams(s.Indicators[i].Name, goalWords, found, 2);
            if (s.Indicators[i].Description is { } description)
            {
                GoalText.FindBigrams(description, goalWords, found, 2);
            }
        }

        if (found.Count > 1)
        {
            return;
        }

        var first = s.Goals[0];
        findings.Report(sheet, first.Position,
            $"绩效目标“{GoalNumberingGapRule.Excerpt(first.Text)}”与项目“{s.ProjectName}”及其绩效指标没有关联",
            $"按“{s.ProjectName}”资金的实际用途重写目标，写明预期产出和效果，并与绩效指标一一对应");
    }
}
