using Jixiao.Core.Review.Classification;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// VAL-UNIT-COUNT-MISMATCH: a count (人数, 笔数, 数量) whose target is a percentage or an amount of
/// money (创业担保贷款发放笔数 ≥1000万元, 事件数量 0%). The reverse of VAL-UNIT-RATE-PERSON.
/// </summary>
public sealed class CountUnitRule : IndicatorRule
{
    private static readonly string[] CountWords = ["人数", "次数", "户数", "个数", "笔数", "件数", "家数", "场数", "场次", "人次", "数量"];

    private static readonly string[] ShareWords = ["率", "比例", "占比", "比重", "百分比"];

    public override RowTraits Needs => RowTraits.Number | RowTraits.Unit;

    public override RuleInfo Info { get; } = new(
        "VAL-UNIT-COUNT-MISMATCH", "计数指标使用了百分比或金额单位", Severity.Warning, RuleFamily.Values,
        "名称为人数、次数、笔数、数量的指标应以人、次、笔、个计量；写成百分比或金额，名称与指标值说的不是一回事，无法评价。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var value = indicator.Indicator.Value;
        // 0% of incidents still reads as none: only a non-zero share or an amount misleads.
        if (value.Unit is not { Length: > 0 } unit || value.Number is not { } number)
        {
            return;
        }

        var percent = ValueText.IsPercent(unit);
        if (percent ? number == 0m : !NameClassifier.IsMoney(value))
        {
            return;
        }

        if (!indicator.NameHas(CountWordsInName) || indicator.NameHas(ShareWordsInName))
        {
            return;
        }

        findings.Report(sheet, indicator.Indicator, percent ? PercentWords : MoneyWords);
    }

    private static readonly Wording PercentWords = Wording.Of(Message, "改为人数、次数等计数（如 ≥100人、=0起），或将指标名改为比率（如 …率）");

    private static readonly Wording MoneyWords = Wording.Of(Message, "改为笔数、人数等计数；若要考核金额，另设金额指标（如 …发放额 ≥1000万元）");

    private static string Message(Finding f) => $"“{f.Indicator!.Name}”是计数指标，指标值却是“{f.Indicator.Value.Raw}”（单位为{f.Indicator.Value.Unit}）";

    private static readonly NameWords CountWordsInName = new(CountWords);

    private static readonly NameWords ShareWordsInName = new(ShareWords);
}
