using System.Buffers;
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

        // Two shared words are enough to call the goal related, and most goals are: the project's name
        // first, searched in the goals' text, settles most sheets before the goals' words are read.
        var goals = s.Goals;
        var name = s.ProjectName;
        var shared = -1;
        var found = 0;
        for (var i = 0; i + 1 < name.Length; i++)
        {
            if (GoalText.IsWord(name[i], name[i + 1]) && InGoals(name.AsSpan(i, 2), goals))
            {
                if (++found == 2)
                {
                    return; // the goal speaks of the project by name
                }

                shared = GoalText.Pair(name[i], name[i + 1]);
            }
        }

        // Then the words of the indicators and their descriptions, looked up among the goals' words, stopping at two.
        var length = GoalWords.BufferLength(goals);
        int[]? rented = null;
        var words = new GoalWords(goals, length <= 512 ? stackalloc int[length] : (rented = ArrayPool<int>.Shared.Rent(length)));
        var related = false;
        var rows = sheet.Rows;
        for (var r = 0; r < rows.Length && !related && words.Count >= 2; r++)
        {
            var row = rows[r].Indicator;
            related = SharesTwo(row.Name, words, ref shared) || (row.Description is { } description && SharesTwo(description, words, ref shared));
        }

        var count = words.Count;
        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        if (related || count < findings.Parameter("minWords"))
        {
            return;
        }

        var first = goals[0];
        findings.Report(sheet, first.Position,
            $"绩效目标“{GoalNumberingGapRule.Excerpt(first.Text)}”与项目“{s.ProjectName}”及其绩效指标没有关联",
            $"按“{s.ProjectName}”资金的实际用途重写目标，写明预期产出和效果，并与绩效指标一一对应");
    }

    /// <summary>
    /// Whether the text's words bring the distinct words found in the goals' <paramref name="words"/> to
    /// two; <paramref name="shared"/> holds the first one found so far (-1 for none).
    /// </summary>
    private static bool SharesTwo(string text, in GoalWords words, ref int shared)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!GoalText.IsHan(text[i]) || !GoalText.IsHan(text[i + 1]))
            {
                continue;
            }

            var pair = GoalText.Pair(text[i], text[i + 1]);
            if (pair == shared || !words.Contains(pair))
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
