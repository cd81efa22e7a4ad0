using Jixiao.Core.Review.Classification;
using Jixiao.Core.Review.Rules.Values;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Money;

/// <summary>
/// MNY-COST-SIGN: a cost target that is a floor (贷款贴息发放额 ≥300万元) or has no sign at all
/// (财政资金到位金额 8万元). A cost is a ceiling: ≤. Per-unit standards (2004元/人/月) may be exact.
/// </summary>
public sealed class CostSignRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.Number | RowTraits.Money | RowTraits.Cost;

    public override RuleInfo Info { get; } = new(
        "MNY-COST-SIGN", "成本指标未使用“≤”", Severity.Warning, RuleFamily.Money,
        "成本指标约束资金使用的上限，应写作“≤金额”；写成“≥”或不写符号，花得越多反而越“达标”，无法起到控制成本的作用。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var value = indicator.Indicator.Value;
        if (value.Number is null || value.Sign is Sign.LessOrEqual or Sign.Less || !NameClassifier.IsMoney(value) || !CostRows.IsCost(indicator))
        {
            return;
        }

        if (value.Sign is Sign.GreaterOrEqual or Sign.Greater)
        {
            var ceiling = $"≤{ValueText.Number(value.Number.Value)}{value.Unit}";
            findings.Report(sheet, indicator.Indicator, FloorWords.With(ceiling), newValue: ceiling);
            return;
        }

        // Unsigned: a total amount should say ≤; a per-unit standard (元/人/月) may be an exact policy figure.
        if (value.Sign == Sign.None && CostRows.IsTotalAmount(value.Unit) && !value.Has(ValueFlags.SeveralQuantities))
        {
            var ceiling = "≤" + value.Raw;
            findings.Report(sheet, indicator.Indicator, UnsignedWords.With(ceiling), newValue: ceiling);
        }
    }

    private static readonly Wording<string> FloorWords = new(
        static (f, _) => $"成本指标“{f.Indicator!.Name}”的指标值 {f.Indicator.Value.Raw} 是下限，成本应为上限",
        static (_, ceiling) => $"改为“≤”（如 {ceiling}）；若考核的是发放金额，移入数量指标");

    private static readonly Wording<string> UnsignedWords = new(
        static (f, _) => $"成本指标“{f.Indicator!.Name}”的指标值 {f.Indicator.Value.Raw} 没有写“≤”",
        static (_, ceiling) => "改为 " + ceiling);
}
