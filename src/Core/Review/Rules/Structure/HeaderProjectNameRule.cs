using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>STR-HEADER-PROJECT-NAME: a project sheet without 项目名称.</summary>
public sealed class HeaderProjectNameRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-HEADER-PROJECT-NAME", "项目表缺少项目名称", Severity.Error, RuleFamily.Structure,
        "项目名称是项目绩效目标与预算项目对应的依据；没有名称，无法确认本表是哪一笔资金的目标，也无法与部门整体目标和预算核对。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (SheetCut.HeaderMayBeCut(sheet))
        {
            return; // the text ends before this sheet's table: what is absent may be after the cut (STR-TABLE-INCOMPLETE)
        }

        if (sheet.Sheet.Kind == SheetKind.Project && string.IsNullOrWhiteSpace(sheet.Sheet.ProjectName))
        {
            findings.Report(sheet, sheet.Sheet.Position, "项目支出绩效目标表没有填写项目名称", "按预算项目库中的名称填写项目名称");
        }
    }
}
