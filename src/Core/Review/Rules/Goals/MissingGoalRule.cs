namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>GOAL-MISSING: a sheet without any goal (or only an empty numbering such as “1.”).</summary>
public sealed class MissingGoalRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "GOAL-MISSING", "缺少绩效目标", Severity.Error, RuleFamily.Goals,
        "绩效目标是指标的来源和评价的依据；没有目标，指标无从对照，批复后也无法判断资金是否达到预期。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (Rules.Structure.SheetCut.HeaderMayBeCut(sheet))
        {
            return; // the text ends before this sheet's table: what is absent may be after the cut (STR-TABLE-INCOMPLETE)
        }

        var goals = sheet.Sheet.Goals;
        for (var g = 0; g < goals.Count; g++)
        {
            if (GoalText.HasBody(goals[g].Text))
            {
                return;
            }
        }

        var what = sheet.Sheet.Kind == Targets.SheetKind.Project ? "本项目" : "本部门（单位）";
        findings.Report(sheet, sheet.Sheet.Goals.Count > 0 ? sheet.Sheet.Goals[0].Position : sheet.Sheet.Position,
            $"{what}没有填写绩效目标",
            "填写年度绩效目标：说明资金使用后预期达到的产出和效果，尽量量化（数量、质量、时限），并与绩效指标对应");
    }
}
