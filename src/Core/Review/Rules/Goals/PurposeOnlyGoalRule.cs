namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// GOAL-PURPOSE-ONLY (形式化): the goal only says what the money is for (“该项资金用于…”) and states no
/// result that could be measured.
/// </summary>
public sealed class PurposeOnlyGoalRule : SheetRule
{
    private static readonly string[] Openings =
    [
        "用于", "主要用于", "资金用于", "资金按规定用于", "经费用于", "经费主要用于", "该项资金用于", "该项经费用于",
        "该项经费主要用于", "该项资金主要用于", "该资金用于", "本项目资金用于", "项目资金用于", "此项资金用于",
    ];

    private static readonly System.Buffers.SearchValues<char> OpeningStarts = System.Buffers.SearchValues.Create([.. Openings.Select(o => o[0]).Distinct()]);

    public override RuleInfo Info { get; } = new(
        "GOAL-PURPOSE-ONLY", "绩效目标只写资金用途", Severity.Warning, RuleFamily.Goals,
        "绩效目标应说明资金使用后达到的产出和效果；只写“资金用于……”是资金用途的复述（形式化），年末无法据以评价项目做得好不好。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        // Most sheets' first goal opens otherwise: told without the sheet's GoalFacts made for it.
        if (GoalFacts.FirstOpeningWithPurpose(sheet.Sheet.Goals) >= 0 && sheet.GoalFacts.FirstPurposeOnly is { } goal)
        {
            findings.Report(sheet, goal.Position, Words.With(goal.Text));
        }
    }

    // Worded when read, from the goal's text.
    private static readonly Wording<string> Words = new(
        static (_, goal) => $"绩效目标只说明了资金用途，没有可衡量的预期结果：“{GoalNumberingGapRule.Excerpt(goal)}”",
        "改写为资金使用后要达到的结果，写明数量、质量或时限（如“年内补贴××人，按月足额发放，发放准确率100%”），并与绩效指标对应");

    internal static bool OpensWithPurpose(ReadOnlySpan<char> body)
    {
        if (body.IsEmpty || !OpeningStarts.Contains(body[0]))
        {
            return false; // most goals: no opening compared
        }

        foreach (var opening in Openings)
        {
            if (body.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
