using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>VAL-MISSING: an indicator without a target value (002's last table, cut off after the name).</summary>
public sealed class MissingValueRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.NoValue;

    public override RuleInfo Info { get; } = new(
        "VAL-MISSING", "指标值缺失", Severity.Error, RuleFamily.Values,
        "没有指标值的指标无法批复、监控和评价；三级指标必须有目标值。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var value = indicator.Indicator.Value;
        if (!value.Has(ValueFlags.Missing) && ValueText.HasText(value.Raw))
        {
            return;
        }

        findings.Report(sheet, indicator.Indicator, Words);
    }

    private static readonly Wording Words = Wording.Of(
        static f => $"“{f.Indicator!.Name}”没有指标值",
        "填写指标值（计算符号、数值和单位，或定性目标）；若原表被截断，请提供完整的表");
}
