using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// VAL-QUANTITY-NOT-COUNT: a row under 数量指标 whose target is no quantity — a rate (覆盖率 100%), a
/// yes/no (是), a sentence (按要求完成), an amount of money. 数量指标 say how much the money buys.
/// </summary>
public sealed class QuantityNotCountRule : IndicatorRule
{
    public const string Id = "VAL-QUANTITY-NOT-COUNT";

    public override RowTraits Needs => RowTraits.QuantityLevel2;

    public override RuleInfo Info { get; } = new(
        Id, "数量指标没有数量", Severity.Warning, RuleFamily.Values,
        "数量指标考核资金换来多少产出（人数、次数、户数、件数）；写成比率、是否或一句话，年底就无法核对产出了多少。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        if (indicator.Level2?.Name != "数量指标" || What(indicator.Indicator.Value, indicator.Indicator.Name) is not { } what)
        {
            return;
        }

        findings.Report(sheet, indicator.Indicator, Words.With(what), "数量指标");
    }

    private static readonly Wording<string> Words = new(
        static (f, what) => string.Concat("“", f.Indicator!.Name, "”放在数量指标下，指标值“", f.Indicator.Value.Raw, "”却是", what, "，不是数量"),
        "改写为本年度产出的数量（如 ≥200人、≥12次）；比率移到质量指标，金额移到成本指标");

    /// <summary>
    /// What the value is when it is not a count: null for a count (or a value other rules judge). A number of
    /// days under a name that counts them (免费开放天数 =300天, 培训天数 ≥5天) is a count, not a deadline.
    /// </summary>
    internal static string? What(TargetValue value, string name)
    {
        if (value.Has(ValueFlags.Missing) || value.Has(ValueFlags.Placeholder) || value.Has(ValueFlags.Unclear) || value.Has(ValueFlags.ProbablyRatio))
        {
            return null;
        }

        if (value.Has(ValueFlags.TimeTarget))
        {
            return value.Number is not null && (name.Contains("天数", StringComparison.Ordinal) || name.Contains("日数", StringComparison.Ordinal)) ? null : "时限";
        }

        if (value.IsQualitative)
        {
            return value.Raw is "是" or "否" or "有" or "无" ? "是否判断" : "文字表述";
        }

        if (value.Unit is "%")
        {
            return "百分比";
        }

        return NameClassifier.IsMoney(value) ? "金额" : null;
    }
}
