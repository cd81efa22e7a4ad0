using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Money;

/// <summary>MNY-COST-OVER-BUDGET: a cost target larger than the sheet's whole budget (≤26.97万元 on 26.94万元).</summary>
public sealed class CostOverBudgetRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.Number | RowTraits.Money | RowTraits.Cost;

    public override RuleInfo Info { get; } = new(
        "MNY-COST-OVER-BUDGET", "成本指标超过预算金额", Severity.Error, RuleFamily.Money,
        "成本指标是对预算资金使用的约束；目标值超过本表预算，说明指标值或预算有误，批复后无法据以控制支出。")
    {
        Parameters = [new RuleParameter("tolerancePercent", 0m, "允许超出预算的比例（%），默认 0")],
    };

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        // The cheap facts of the row first: the sheet's budget only for a total amount placed or named as a cost.
        var value = indicator.Indicator.Value;
        if (value.Number is not { } number || !CostRows.IsTotalAmount(value.Unit) || !CostRows.IsCost(indicator)
            || sheet.BudgetWan is not { } budget || budget <= 0 || AmountWan(number, value.Unit) is not { } amount)
        {
            return;
        }

        var limit = budget * (1 + (findings.Parameter("tolerancePercent") / 100m));
        if (amount <= limit)
        {
            return;
        }

        if (value.Sign is Sign.GreaterOrEqual or Sign.Greater)
        {
            // A floor is not a cost ceiling: the amount may be money paid out (贷款贴息发放额), an output.
            findings.ReportDoubtful(sheet, indicator.Indicator, FloorWords.With(budget),
                "“≥”是下限，这一金额可能是发放额等产出，而不是成本上限",
                newValue: $"≤{budget:0.00}万元");
            return;
        }

        findings.Report(sheet, indicator.Indicator, Words.With(budget), newValue: $"≤{budget:0.00}万元");
    }

    private static readonly Wording<decimal> FloorWords = new(
        static (f, budget) => $"成本指标“{f.Indicator!.Name}”的指标值 {f.Indicator.Value.Raw} 超过本表预算 {budget:0.00##}万元，且写成了下限",
        static (_, budget) => $"若是成本，改为不超过本表预算的上限，如 ≤{budget:0.00##}万元；若考核的是发放金额，移到数量指标");

    private static readonly Wording<decimal> Words = new(
        static (f, budget) => $"成本指标“{f.Indicator!.Name}”的指标值 {f.Indicator.Value.Raw} 超过本表预算 {budget:0.00##}万元",
        static (_, budget) => $"核对预算金额与成本测算，改为不超过本表预算的金额，如 ≤{budget:0.00##}万元");

    /// <summary>A total amount (万元, 元, 千元, 亿元) in 万元; null for any other unit (a per-unit standard such as 元/人).</summary>
    internal static decimal? AmountWan(decimal number, string? unit) => unit switch
    {
        "万元" => number,
        "元" => number / 10000m,
        "千元" => number / 10m,
        "亿元" => number * 10000m,
        _ => null,
    };
}
