namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>STR-HEADER-YEAR: a sheet that states no fiscal year (neither in its title nor in a field).</summary>
public sealed class HeaderYearRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-HEADER-YEAR", "缺少预算年度", Severity.Warning, RuleFamily.Structure,
        "绩效目标按预算年度编制和考核；不写年度，无法确定目标、指标值和金额适用于哪一年。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (SheetCut.HeaderMayBeCut(sheet))
        {
            return; // the text ends before this sheet's table: what is absent may be after the cut (STR-TABLE-INCOMPLETE)
        }

        if (sheet.Sheet.FiscalYear is null)
        {
            findings.Report(sheet, sheet.Sheet.Position, "本表没有注明预算年度", "在表头注明预算年度（如“2024年度”）");
        }
    }
}
