using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>VAL-NO-UNIT: a number without its unit (报考人数 ≥20000, 检查任务量 50).</summary>
public sealed class NoUnitRule : IndicatorRule
{
    private static readonly string[] UnitlessNames = ["倍", "指数", "系数", "比值", "比率", "分值", "得分", "评分", "等级"];

    public override RowTraits Needs => RowTraits.Number | RowTraits.Unitless | RowTraits.Quantitative;

    public override RuleInfo Info { get; } = new(
        "VAL-NO-UNIT", "定量指标缺少计量单位", Severity.Warning, RuleFamily.Values,
        "没有计量单位的数字含义不明（人、次、户还是万元），批复后无法据以评价完成情况。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var value = indicator.Indicator.Value;
        // Most rows have a unit other than 万 or 亿, which this rule never reports: tested before the number.
        if (value.Unit is not (null or "万" or "亿") || value.Number is not { } number || number == 0m || value.IsQualitative)
        {
            return;
        }

        var name = indicator.Indicator.Name;
        if (value.Unit is "万" or "亿")
        {
            // A magnitude without what it counts: ≥50万 (元? 人?).
            findings.Report(sheet, indicator.Indicator, MagnitudeWords);
            return;
        }

        if (value.Unit is not null)
        {
            return;
        }

        // A bare 1 or 0.6 is VAL-PROBABLY-RATIO's; a multiple, index or score has no unit.
        if ((value.Has(ValueFlags.ProbablyRatio) && !ProbablyRatioRule.IsCountByName(indicator)) || value.Has(ValueFlags.Unclear) || ValueText.HasUnitInName(name) || indicator.NameHas(UnitlessNamesInName))
        {
            return;
        }

        findings.Report(sheet, indicator.Indicator, UnitlessWords);
    }

    private static readonly Wording MagnitudeWords = Wording.Of(
        static f => $"“{f.Indicator!.Name}”的指标值“{f.Indicator.Value.Raw}”只有数量级“{f.Indicator.Value.Unit}”，没有计量单位",
        static f => $"写明计量单位，如 {f.Indicator!.Value.Raw}元 或 {f.Indicator.Value.Raw}人");

    private static readonly Wording UnitlessWords = Wording.Of(
        static f => $"“{f.Indicator!.Name}”的指标值“{f.Indicator.Value.Raw}”没有计量单位",
        "在数字后补充计量单位（人、次、户、个、件、万元…），或在指标名称中注明单位");

    private static readonly NameWords UnitlessNamesInName = new(UnitlessNames);
}
