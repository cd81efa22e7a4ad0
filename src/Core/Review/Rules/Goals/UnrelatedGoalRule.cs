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

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        var s = sheet.Sheet;
        if (s.Kind != SheetKind.Project || s.ProjectName is null || s.Indicators.Count == 0)
        {
            return;
        }

        // Two shared words are enough to call the goal related, and most goals are: look for the words of
        // the name, the indicators and their descriptions in the goals, stopping at two.
        var goals = s.Goals;
        var words = new GoalWords(goals);
        var shared = -1;
        if (NameSharesTwo(s.ProjectName, words, ref shared))
        {
            return; // the goal speaks of the project by name
        }

        // The distinct words found are the same in any order: the names first, which the review has read
        // already, then the descriptions, which most sheets need not touch.
        var rows = sheet.Rows;
        for (var r = 0; r < rows.Length; r++)
        {
            if (SharesTwo(rows[r].Indicator.Name, words, ref shared))
            {
                return;
            }
        }

        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r].Indicator.Description is { } description && SharesTwo(description, words, ref shared))
            {
                return;
            }
        }

        if (!words.HoldsAtLeast(findings.Parameter("minWords")))
        {
            return;
        }

        var first = goals[0];
        findings.Report(sheet, first.Position, Words.With(first.Text));
    }

    // Worded when read, from the first goal's text and the sheet's project.
    private static readonly Wording<string> Words = new(
        static (f, goal) => $"绩效目标“{GoalNumberingGapRule.Excerpt(goal)}”与项目“{f.Sheet!.ProjectName}”及其绩效指标没有关联",
        static (f, _) => $"按“{f.Sheet!.ProjectName}”资金的实际用途重写目标，写明预期产出和效果，并与绩效指标一一对应");

    /// <summary>
    /// Whether the name holds two words of the goals, counting a word each time it occurs; else
    /// <paramref name="shared"/> is the one it holds (-1 for none).
    /// </summary>
    private static bool NameSharesTwo(string name, in GoalWords words, ref int shared)
    {
        for (var i = 0; i + 1 < name.Length; i++)
        {
            if (words.Contains(name[i], name[i + 1]))
            {
                if (shared != -1)
                {
                    return true;
                }

                shared = GoalText.Pair(name[i], name[i + 1]);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text's words bring the distinct words found in the goals to two; <paramref name="shared"/>
    /// holds the first one found so far (-1 for none).
    /// </summary>
    private static bool SharesTwo(string text, in GoalWords words, ref int shared)
    {
        if (text.Length < 2)
        {
            return false;
        }

        var previous = text[0];
        foreach (var c in text.AsSpan(1)) // one character read per pair, without bounds checks
        {
            if (GoalText.Pair(previous, c) != shared && words.Contains(previous, c))
            {
                if (shared != -1)
                {
                    return true;
                }

                shared = GoalText.Pair(previous, c);
            }

            previous = c;
        }

        return false;
    }
}
