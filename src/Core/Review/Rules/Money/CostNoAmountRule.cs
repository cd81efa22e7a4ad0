using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Money;

/// <summary>MNY-COST-NO-AMOUNT: a row under 成本指标 whose value is not an amount (在预算范围内, 原则上不超过…三分之二).</summary>
public sealed class CostNoAmountRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.PlacedAsCost;

    public override RuleInfo Info { get; } = new(
        "MNY-COST-NO-AMOUNT", "成本指标没有金额", Severity.Warning, RuleFamily.Money,
        "成本指标应以金额（元、万元，或元/人等单位成本）量化；“在预算范围内”之类的表述不设任何约束，也无法与预算核对。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var value = indicator.Indicator.Value;
        if (!CostRows.IsPlacedAsCost(indicator) || (value.Number is not null && (NameClassifier.IsMoney(value) || NamesMoneyUnit(indicator.Indicator.Name))))
        {
            return;
        }

        // An empty or unreadable cell is VAL-MISSING's / VAL-PLACEHOLDER's.
        if (value.Raw is null || value.Has(ValueFlags.Missing) || value.Has(ValueFlags.Placeholder))
        {
            return;
        }

        findings.Report(sheet, indicator.Indicator, Words.With(sheet.BudgetWan));
    }

    private static readonly Wording<decimal?> Words = new(
        static (f, _) => $"成本指标“{f.Indicator!.Name}”的指标值“{f.Indicator.Value.Raw}”不是金额",
        static (_, budget) => budget is { } wan
            ? $"按成本测算写出金额上限（不超过本表预算 {wan:0.00}万元），如 ≤{wan:0.00}万元，或单位成本（元/人）"
            : "按成本测算写出金额上限（万元），或单位成本（元/人）");

    /// <summary>
    /// A name that states the amount's unit in brackets, as templates print it: 项目总投入(≥**万元) 6070,
    /// 补助成本(≤**元/株) ≤28.40, 培训成本（万元） 12 — the number is an amount in that unit.
    /// </summary>
    internal static bool NamesMoneyUnit(string name)
    {
        var open = name.LastIndexOfAny(['(', '（']);
        if (open < 0)
        {
            return false;
        }

        var inside = name.AsSpan(open + 1);
        var close = inside.IndexOfAny(')', '）');
        var unit = close >= 0 ? inside[..close] : inside;
        return unit.Contains("万元", StringComparison.Ordinal) || unit.Contains("元", StringComparison.Ordinal);
    }
}
