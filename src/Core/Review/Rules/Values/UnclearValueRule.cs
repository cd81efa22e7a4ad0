using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>VAL-UNCLEAR: a value the parser could not read (a stray sign, symbols only); kept as written, never guessed.</summary>
public sealed class UnclearValueRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.Unclear;

    public override RuleInfo Info { get; } = new(
        "VAL-UNCLEAR", "指标值无法识别", Severity.Warning, RuleFamily.Values,
        "无法识别的指标值不能用于监控和自评打分；系统按原文保留，不作猜测，需要填报单位改写清楚。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var value = indicator.Indicator.Value;
        if (!value.Has(ValueFlags.Unclear) || value.Has(ValueFlags.Placeholder) || value.Has(ValueFlags.Missing))
        {
            return;
        }

        findings.Report(sheet, indicator.Indicator, Words);
    }

    private static readonly Wording Words = Wording.Of(
        static f => $"“{f.Indicator!.Name}”的指标值“{f.Indicator.Value.Raw}”无法识别",
        "改写为“计算符号 + 数值 + 单位”（如 ≥95%），或明确的定性目标");
}
