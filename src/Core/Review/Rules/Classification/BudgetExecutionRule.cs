using Jixiao.Core.Review.Classification;

namespace Jixiao.Core.Review.Rules.Classification;

/// <summary>CLS-BUDGET-EXECUTION: 预算执行率 / 资金支出率 set as an indicator (004: 实际资金支出率 under 时效指标).</summary>
public sealed class BudgetExecutionRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.NameStrong | RowTraits.NameBudgetExecution;

    public override RuleInfo Info { get; } = new(
        "CLS-BUDGET-EXECUTION", "预算执行率作为绩效指标", Severity.Warning, RuleFamily.Classification,
        "预算执行率衡量的是花钱的进度，在绩效自评中单独计分；写成产出或效益指标会重复计分，也没有说明资金带来了什么产出和效益。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        if (!Placement.IsStrong(indicator, NameClass.BudgetExecution))
        {
            return;
        }

        var row = indicator.Indicator;
        findings.Report(sheet, row, Words);
    }

    private static readonly Wording Words = Wording.Of(
        static f => $"“{f.Indicator!.Name}”（{f.Indicator.Value.Raw}）衡量预算执行进度，表中却作为{Placement.Where(f.Indicator)}",
        "删除该指标（预算执行率在自评中单独考核），改设衡量产出的时效指标，如“补贴发放及时率”");
}
