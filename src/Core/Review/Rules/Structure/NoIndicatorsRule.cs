namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>STR-NO-INDICATORS: a sheet without a single indicator row.</summary>
public sealed class NoIndicatorsRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-NO-INDICATORS", "没有绩效指标", Severity.Error, RuleFamily.Structure,
        "没有绩效指标，就无法衡量资金的产出和效益，也无法开展运行监控和绩效自评。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (SheetCut.HeaderMayBeCut(sheet))
        {
            return; // the text ends before this sheet's table: what is absent may be after the cut (STR-TABLE-INCOMPLETE)
        }

        if (sheet.Indicators.Count > 0)
        {
            return;
        }

        findings.Report(sheet, sheet.Sheet.Position,
            "本表没有任何绩效指标",
            "按产出指标、效益指标、满意度指标（101号还有成本指标）填报二级、三级指标及指标值");
    }
}
