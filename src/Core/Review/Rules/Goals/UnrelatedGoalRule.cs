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


    public override void Check(SheetContext sheet, FindingSink findings)
    {
        var s = sheet.Sheet;
        if (s.Kind != SheetKind.Project || s.ProjectName is null || s.Indicators.Count == 0)
        {
            return;
        }

        var goals = sheet.GoalFacts;
        if (GoalText.SharedWithGoals(s.ProjectName, s.Goals, 2, goals) >= 2)
        {
            return; // the goal speaks of the project by name
        }

        // Two shared words are enough to call the goal related, and most goals are: look for the words of
        // the name, the indicators and their descriptions in the goals' text first, stopping at two.
        var shared = -1;
        if (SharesTwo(s.ProjectName, s.Goals, goals, ref shared))
        {
            return;
        }

        for (var r = 0; r < s.Indicators.Count; r++)
        {
            var row = s.Indicators[r];
            if (SharesTwo(row.Name, s.Goals, goals, ref shared) || (row.Description is { } description && SharesTwo(description, s.Goals, goals, ref shared)))
            {
                return;
            }
        }

        // Scratch set reused per thread: this rule runs on every project sheet.
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

        var first = s.Goals[0];
        findings.Report(sheet, first.Position,
            $"绩效目标“{GoalNumberingGapRule.Excerpt(first.Text)}”与项目“{s.ProjectName}”及其绩效指标没有关联",
            $"按“{s.ProjectName}”资金的实际用途重写目标，写明预期产出和效果，并与绩效指标一一对应");
    }

    /// <summary>
    /// Whether the text's (uncommon) two-character words bring the distinct words found in the goals to
    /// two; <paramref name="shared"/> holds the first one found so far (-1 for none). A word found is a
    /// pair of Chinese characters standing side by side in some goal, as <see cref="GoalText.AddBigrams"/> reads them.
    /// </summary>
    private static bool SharesTwo(string text, IReadOnlyList<Goal> goals, GoalFacts facts, ref int shared)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!GoalText.IsHan(text[i]) || !GoalText.IsHan(text[i + 1]))
            {
                continue;
            }

            var pair = GoalText.Pair(text[i], text[i + 1]);
            if (pair == shared || !facts.MayHold(text[i], text[i + 1]) || GoalText.IsCommon(pair) || !InGoals(text.AsSpan(i, 2), goals))
            {
                continue;
            }

            if (shared != -1)
            {
                return true;
            }

            shared = pair;
        }

        return false;
    }

    private static bool InGoals(ReadOnlySpan<char> word, IReadOnlyList<Goal> goals)
    {
        for (var g = 0; g < goals.Count; g++) // by index: a foreach on the interface would allocate an enumerator per word
        {
            if (goals[g].Text.AsSpan().IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
