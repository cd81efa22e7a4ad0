using Jixiao.Core.Review.Rules.Money;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>VAL-APPROXIMATE: a target with ≈, ≅, 约 or 左右 (享受公益性岗位补贴人数 ≅700): neither a floor nor a ceiling.</summary>
public sealed class ApproximateSignRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.SignApproximate | RowTraits.Number;

    public override RuleInfo Info { get; } = new(
        "VAL-APPROXIMATE", "指标值使用了“约”“≈”", Severity.Warning, RuleFamily.Values,
        "“约700人”既不是下限也不是上限，完成 650 人或 750 人算不算达标说不清，自评时无法打分；目标值应写明 ≥、≤ 或 =。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var value = indicator.Indicator.Value;
        if (value.Sign != Sign.Approximately || value.Number is not { } number)
        {
            return;
        }

        // A cost and a deadline are ceilings; everything else the money buys is a floor.
        var sign = CostRows.IsCost(indicator) || value.Has(ValueFlags.TimeTarget) || value.Unit is "月" or "日" or "天" or "年" or "个月" ? "≤" : "≥";
        var unit = value.Unit ?? "";
        var target = string.Concat(sign, ValueText.Number(number), unit);
        findings.Report(sheet, indicator.Indicator, Words.With(target), newValue: unit.Length == 0 ? null : target);
    }

    private static readonly Wording<string> Words = new(
        static (f, _) => string.Concat("“", f.Indicator!.Name, "”的指标值“", f.Indicator.Value.Raw, "”是约数，没有说明是下限还是上限"),
        static (f, target) => f.Indicator!.Value.Unit is not { Length: > 0 } ? string.Concat("改为 ", target, "，并写明计量单位") : "改为 " + target);
}
