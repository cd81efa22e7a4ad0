namespace Jixiao.Core.Review.Rules.Values;

/// <summary>VAL-SATISFACTION-100: a satisfaction target of 100% or more (学生、家长抽样调查满意度 ≥100%).</summary>
public sealed class SatisfactionFullRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.NameSatisfaction | RowTraits.PercentFull;

    public override RuleInfo Info { get; } = new(
        "VAL-SATISFACTION-100", "满意度目标为100%", Severity.Warning, RuleFamily.Values,
        "满意度按抽样调查评价，要求全部受访对象满意既不现实，也使指标失去区分度；目标一般设为85%～95%。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        if (!Satisfaction.IsRate(indicator, out var number) || number < 100m)
        {
            return;
        }

        // Last year's survey result, where the form gives one below 100%; else the common ≥90%.
        var target = indicator.Indicator.LastYearValue is { Length: > 0 } lastYear
            && Jixiao.Core.Values.TargetValueParser.Parse(lastYear) is { Unit: "%", Number: { } last } && last is >= 60m and < 100m
            ? "≥" + ValueText.Number(last) + "%"
            : "≥90%";
        findings.Report(sheet, indicator.Indicator, Words.With(target), newValue: target);
    }

    private static readonly Wording<string> Words = new(
        static (f, _) => string.Concat("满意度指标“", f.Indicator!.Name, "”的指标值为 ", f.Indicator.Value.Raw, "，要求所有服务对象都满意"),
        static (_, target) => "按以往满意度调查的实际水平设定，如 " + target);
}
