using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>STR-HEADER-BUDGET: a project sheet that states no budget amount, or a budget of 0.</summary>
public sealed class HeaderBudgetRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-HEADER-BUDGET", "项目表缺少预算金额", Severity.Error, RuleFamily.Structure,
        "绩效目标是对预算资金的承诺；没有预算金额，目标和成本指标无从对照，也无法核对部门预算与项目预算。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (SheetCut.HeaderMayBeCut(sheet))
        {
            return; // the text ends before this sheet's table: what is absent may be after the cut (STR-TABLE-INCOMPLETE)
        }

        var s = sheet.Sheet;
        if (s.Kind != SheetKind.Project)
        {
            return;
        }

        if (s.Budget?.TotalWan is not { } total)
        {
            findings.Report(sheet, s.Position, $"项目“{s.ProjectName}”没有填写预算金额", "填写项目预算数（总金额及当年度金额、资金来源）");
        }
        else if (total == 0)
        {
            findings.Report(sheet, s.Sources.TryGetValue("Budget.Total", out var at) ? at : s.Position,
                $"项目“{s.ProjectName}”的预算金额为0", "核对预算金额；没有资金安排的项目不需要填报项目支出绩效目标");
        }
    }
}
