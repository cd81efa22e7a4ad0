using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// VAL-FULL-FLOOR: ≥100% on a rate that cannot pass 100% (追回率, 完成率, 结案率…): the floor is the
/// ceiling, so one case short fails the target; either it is =100% by rule, or a reachable floor.
/// </summary>
public sealed class FullFloorRule : IndicatorRule
{
    private static readonly string[] BoundedRates =
    [
        "完成率", "回收率", "追回率", "收回率", "追缴率", "清缴率", "结案率", "办结率", "执行率", "到位率", "兑现率",
        "发放率", "拨付率", "覆盖率", "录入率", "上线率", "归档率", "整改率", "处置率", "化解率",
    ];

    public override RowTraits Needs => RowTraits.SignFloor | RowTraits.PercentFull;

    public override RuleInfo Info { get; } = new(
        "VAL-FULL-FLOOR", "完成类比率的下限为100%", Severity.Warning, RuleFamily.Values,
        "追回率、完成率、结案率等不会超过100%，“≥100%”的下限就是上限，差一件即不达标；确需全部完成的应写“=100%”并说明依据，否则按历史水平设定可实现的下限。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var row = indicator.Indicator;
        var value = row.Value;
        // The sign and unit first: a decimal compare costs more than both.
        if (value.Sign is not (Sign.GreaterOrEqual or Sign.Greater) || value.Unit != "%" || value.Number != 100m
            || indicator.Name.Class == NameClass.Satisfaction || !indicator.NameHas(BoundedRatesInName))
        {
            return;
        }

        findings.Report(sheet, row, Words, newValue: "=100%");
    }

    private static readonly Wording Words = Wording.Of(
        static f => $"“{f.Indicator!.Name}”不会超过100%，指标值“{f.Indicator.Value.Raw}”的下限等于上限",
        static f => f.Indicator!.LastYearValue is { Length: > 0 } last
            ? $"确需全部完成的改为 =100%，否则参照上年实际（{last}）设定下限"
            : "确需全部完成的改为 =100%，否则按以往实际水平设定可实现的下限");

    private static readonly NameWords BoundedRatesInName = new(BoundedRates);
}
