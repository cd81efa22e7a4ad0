namespace Jixiao.Core.Review.Rules.Values;

/// <summary>VAL-SATISFACTION-LOW: a satisfaction target below the region's floor (default 80%).</summary>
public sealed class SatisfactionLowRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.NameSatisfaction | RowTraits.Percent | RowTraits.Number;

    public override RuleInfo Info { get; } = new(
        "VAL-SATISFACTION-LOW", "满意度目标过低", Severity.Warning, RuleFamily.Values,
        "满意度目标过低，即使服务效果不佳也能“达成”，起不到约束作用；多数地区要求不低于80%。")
    {
        Parameters = [new RuleParameter("floor", 80m, "满意度目标的最低值（%），默认 80")],
    };

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        if (!Satisfaction.IsRate(indicator, out var number))
        {
            return;
        }

        var floor = findings.Parameter("floor");
        if (number >= floor)
        {
            return;
        }

        findings.Report(sheet, indicator.Indicator, Words.With(floor));
    }

    private static readonly Wording<decimal> Words = new(
        static (f, floor) => string.Concat("满意度指标“", f.Indicator!.Name, "”的指标值 ", f.Indicator.Value.Raw, " 低于 ", ValueText.Number(floor), "%"),
        static (_, floor) => string.Concat("将满意度目标提高到不低于 ", ValueText.Number(floor), "%，或说明目标偏低的依据"));
}
