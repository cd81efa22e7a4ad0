using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// VAL-PERIOD-WEAKER: the 实施周期 value asks less than this year's (培训人数 实施周期 ≥100人, 当年度
/// ≥200人). Counts and amounts of the whole period include this year's; a rate's floor for the
/// period should not sit below this year's.
/// </summary>
public sealed class PeriodWeakerRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.Number | RowTraits.PeriodNumber;

    public override RuleInfo Info { get; } = new(
        "VAL-PERIOD-WEAKER", "实施周期指标值弱于当年度指标值", Severity.Warning, RuleFamily.Values,
        "实施周期目标包含当年度目标，周期目标反而低于年度目标，说明两者有一处填错，中长期目标失去约束。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var row = indicator.Indicator;
        if (row.PeriodValue is not { Number: { } period } periodValue || row.Value.Number is not { } annual
            || !string.Equals(periodValue.Unit, row.Value.Unit, StringComparison.Ordinal) || periodValue.Unit is null)
        {
            return;
        }

        var ceiling = ValueText.IsCeiling(row.Value.Sign);
        bool weaker;
        if (ValueText.IsPercent(periodValue.Unit))
        {
            // A rate: the period's floor below this year's, or its ceiling above.
            weaker = ceiling ? period > annual : period < annual;
        }
        else
        {
            // A count or amount: the period includes this year.
            weaker = period < annual;
        }

        if (!weaker || periodValue.Has(ValueFlags.TimeTarget) || row.Value.Has(ValueFlags.TimeTarget))
        {
            return;
        }

        findings.Report(sheet, row, Words);
    }

    private static readonly Wording Words = Wording.Of(
        static f => $"“{f.Indicator!.Name}”的实施周期指标值 {f.Indicator.PeriodValue!.Raw} 弱于当年度指标值 {f.Indicator.Value.Raw}",
        "核对两处指标值：实施周期目标应不低于（上限类不高于）当年度目标");
}
