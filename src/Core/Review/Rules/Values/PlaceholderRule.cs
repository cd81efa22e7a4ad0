using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>VAL-PLACEHOLDER: a template stub left in the value (≥**%, XX人, 待定).</summary>
public sealed class PlaceholderRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.Placeholder;

    public override RuleInfo Info { get; } = new(
        "VAL-PLACEHOLDER", "指标值为模板占位符", Severity.Error, RuleFamily.Values,
        "“≥**%”“XX人”“待定”是模板里的占位符，说明指标值没有填写；没有目标值，批复后无法监控和评价。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var value = indicator.Indicator.Value;
        if (!value.Has(ValueFlags.Placeholder))
        {
            return;
        }

        findings.Report(sheet, indicator.Indicator, Words);
    }

    private static readonly Wording Words = Wording.Of(
        static f => $"“{f.Indicator!.Name}”的指标值“{f.Indicator.Value.Raw}”是未填写的占位符",
        "按测算填写具体的计算符号、数值和单位");
}
