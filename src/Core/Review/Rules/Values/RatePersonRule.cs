using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>VAL-UNIT-RATE-PERSON: a rate (…率) whose target is a count of persons or things (就业率 ≥20人).</summary>
public sealed class RatePersonRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.Number | RowTraits.CountUnit;

    public override RuleInfo Info { get; } = new(
        "VAL-UNIT-RATE-PERSON", "比率指标使用了计数单位", Severity.Error, RuleFamily.Values,
        "名称为“率”的指标应以百分比衡量；以人数、次数为单位时，无法按比率评价完成情况。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var name = indicator.Indicator.Name;
        var value = indicator.Indicator.Value;
        if (value.Unit is not { Length: > 0 } unit || !IsCountUnit(unit) || value.Number is null || !IsRateName(name))
        {
            return;
        }

        findings.Report(sheet, indicator.Indicator, Words);
    }

    private static readonly Wording Words = Wording.Of(
        static f => $"“{f.Indicator!.Name}”是比率指标，指标值却是“{f.Indicator.Value.Raw}”（单位为{f.Indicator.Value.Unit}）",
        static f => $"改为百分比（如 ≥{f.Indicator!.Value.Number}%），或将指标名改为人数/次数类指标并放入数量指标");

    /// <summary>A name that ends in 率 (就业率, 发放及时率), allowing a trailing unit note such as （%）.</summary>
    internal static bool IsRateName(string name)
    {
        var end = name.Length;
        while (end > 0 && name[end - 1] is ')' or '）' or '%' or '％' or '(' or '（' or ' ')
        {
            end--;
        }

        return end > 1 && name[end - 1] == '率';
    }

    private static bool IsCountUnit(string unit) =>
        unit.Length <= 3 && (unit[0] is '人' or '户' or '次' or '个' or '家' or '场' or '名' or '项' or '件') && !unit.Contains('%', StringComparison.Ordinal);
}
