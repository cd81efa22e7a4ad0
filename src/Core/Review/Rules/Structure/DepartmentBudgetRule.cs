using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-HEADER-DEPARTMENT-BUDGET: a department (unit) overall sheet that states no budget at all (资金总额,
/// 基本支出/项目支出, income sources). A warning: some approval forms (批复表) carry the budget elsewhere.
/// </summary>
public sealed class DepartmentBudgetRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-HEADER-DEPARTMENT-BUDGET", "整体表缺少预算金额", Severity.Warning, RuleFamily.Structure,
        "部门整体绩效目标对应部门全部预算资金；不写资金总额及基本支出、项目支出，目标和成本指标就无法与预算对照。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (SheetCut.HeaderMayBeCut(sheet))
        {
            return; // the text ends before this sheet's table: what is absent may be after the cut (STR-TABLE-INCOMPLETE)
        }

        var s = sheet.Sheet;
        if (s.Kind != SheetKind.Department || s.Budget?.TotalWan is > 0)
        {
            return;
        }

        findings.Report(sheet, s.Position,
            $"部门（单位）整体绩效目标表“{s.Department ?? s.Title}”没有填写预算金额",
            "填写年度预算资金总额及基本支出、项目支出（或按资金来源列示），与部门预算一致");
    }
}
