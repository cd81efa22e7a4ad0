using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>VAL-PROBABLY-RATIO: a bare 1 or 0.6 where a percentage is meant (补贴发放准确率 1, 劳动力稳定就业率 0.6).</summary>
public sealed class ProbablyRatioRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.ProbablyRatio | RowTraits.Number;

    public override RuleInfo Info { get; } = new(
        "VAL-PROBABLY-RATIO", "比率写成了小数", Severity.Warning, RuleFamily.Values,
        "表格把百分比显示成 1 或 0.6 时，批复表和自评表上读作“1个”“0.6个”，评价时口径不一；比率应写作百分比。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var value = indicator.Indicator.Value;
        if (!value.Has(ValueFlags.ProbablyRatio) || value.Number is not { } number || IsCountByName(indicator))
        {
            return;
        }

        var name = indicator.Indicator.Name;
        var percent = ValueText.Number(number * 100m) + "%";
        // 100% is the most a share can be: "≥100%" would be a floor equal to its ceiling (VAL-FULL-FLOOR).
        var target = number >= 1m ? percent : "≥" + percent;
        if (RatePersonRule.IsRateName(name))
        {
            findings.Report(sheet, indicator.Indicator, RateWords.With((percent, target)), newValue: target);
            return;
        }

        findings.Report(sheet, indicator.Indicator, UnitlessWords.With((percent, target)), newValue: target);
    }

    private static readonly Wording<(string Percent, string Target)> RateWords = new(
        static (f, a) => $"比率指标“{f.Indicator!.Name}”的指标值写作“{f.Indicator.Value.Raw}”，应为 {a.Percent}",
        static (_, a) => $"改为百分比 {a.Target}");

    private static readonly Wording<(string Percent, string Target)> UnitlessWords = new(
        static (f, a) => $"“{f.Indicator!.Name}”的指标值“{f.Indicator.Value.Raw}”没有单位，可能是 {a.Percent}",
        static (_, a) => $"若表示比例，写作 {a.Target}；若是数量，补充计量单位");

    /// <summary>
    /// A bare whole number under a name that plainly counts something (建设项目个数 1, 培训人数 1): a count
    /// whose unit is missing (VAL-NO-UNIT), not a share written as a decimal.
    /// </summary>
    internal static bool IsCountByName(IndicatorFacts indicator) =>
        indicator.Indicator.Value.Number is { } n && n == decimal.Truncate(n)
        && !RatePersonRule.IsRateName(indicator.Indicator.Name)
        // The name alone: the row's own classification reads a bare 1 as a share.
        && Review.Classification.NameClassifier.Classify(indicator.Indicator.Name, null)
            is { Class: Review.Classification.NameClass.Quantity, Confidence: Review.Classification.Confidence.Strong };
}
