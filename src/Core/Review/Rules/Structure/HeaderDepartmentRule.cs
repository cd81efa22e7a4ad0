using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>STR-HEADER-DEPARTMENT: a department (unit) overall sheet that does not say whose it is.</summary>
public sealed class HeaderDepartmentRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-HEADER-DEPARTMENT", "整体表缺少部门（单位）名称", Severity.Error, RuleFamily.Structure,
        "部门（单位）整体绩效目标必须明确主体；没有部门（单位）名称，目标和预算无法归属，也无法批复。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (SheetCut.HeaderMayBeCut(sheet))
        {
            return; // the text ends before this sheet's table: what is absent may be after the cut (STR-TABLE-INCOMPLETE)
        }

        var s = sheet.Sheet;
        if (s.Kind == SheetKind.Department && string.IsNullOrWhiteSpace(s.Department) && string.IsNullOrWhiteSpace(s.Unit))
        {
            findings.Report(sheet, s.Position, "部门（单位）整体支出绩效目标表没有填写部门（单位）名称", "填写部门（单位）全称，下属单位的表同时填写主管部门");
        }
    }
}
