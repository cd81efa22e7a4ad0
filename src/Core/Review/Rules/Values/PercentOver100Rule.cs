using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>VAL-PERCENT-OVER-100: a share or rate targeted above 100% (发放准确率 ≥105%).</summary>
public sealed class PercentOver100Rule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.PercentOver100;

    public override RuleInfo Info { get; } = new(
        "VAL-PERCENT-OVER-100", "百分比指标值超过100%", Severity.Warning, RuleFamily.Values,
        "准确率、合格率、及时率、覆盖率等比率不可能超过100%；目标值超过100%，说明指标值或计算口径有误。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var value = indicator.Indicator.Value;
        if (!ValueText.IsPercent(value.Unit) || ValueText.IsCeiling(value.Sign) || value.Number is not { } number || number <= 100m)
        {
            return;
        }

        // Growth and multiples may exceed 100% (增长率 ≥120%).
        var name = indicator.Indicator.Name;
        if (ValueText.IsGrowthName(name))
        {
            return;
        }

        findings.Report(sheet, indicator.Indicator, Words);
    }

    private static readonly Wording Words = Wording.Of(
        static f => $"“{f.Indicator!.Name}”的指标值 {f.Indicator.Value.Raw} 超过100%",
        "比率指标的目标值不应超过100%：核对计算口径，或改为 ≥某一不超过100%的比例（如 ≥95%）");
}
