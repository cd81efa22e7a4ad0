using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Money;

/// <summary>
/// MNY-COST-SUM-OVER-BUDGET: the cost indicators together exceed the budget although none does on its
/// own (取暖 ≤8万元 + 水电 ≤3万元 + 办公 ≤2万元 on a 12万元 budget).
/// </summary>
public sealed class CostSumOverBudgetRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "MNY-COST-SUM-OVER-BUDGET", "成本指标合计超过预算金额", Severity.Warning, RuleFamily.Money,
        "各项成本是预算资金的分解，合计超过预算，说明成本测算或预算金额有误。")
    {
        Parameters = [new RuleParameter("tolerancePercent", 0m, "允许超出预算的比例（%），默认 0")],
    };

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (sheet.BudgetWan is not { } budget || budget <= 0m)
        {
            return;
        }

        var sum = 0m;
        decimal? whole = null; // budget × 0.99, once per sheet, when a cost row is first read
        var rows = 0;
        Indicator? first = null;
        foreach (var facts in sheet.Rows)
        {
            var value = facts.Indicator.Value;
            if (!CostRows.IsPlacedAsCost(facts) || value.Number is not { } number || value.Has(ValueFlags.SeveralQuantities)
                || CostOverBudgetRule.AmountWan(number, value.Unit) is not { } amount)
            {
                continue;
            }

            // A row as large as the budget is the total cost; the others are its parts (or
            // MNY-COST-OVER-BUDGET's business): adding them up would count twice.
            if (amount >= (whole ??= budget * 0.99m))
            {
                return;
            }

            first ??= facts.Indicator;
            sum += amount;
            rows++;
        }

        if (rows < 2)
        {
            return; // most sheets: the threshold is not looked up
        }

        var limit = budget * (1 + (findings.Parameter("tolerancePercent") / 100m));
        if (sum <= limit)
        {
            return;
        }

        findings.Report(sheet, first!.ValuePosition ?? first.Position, Words.With((rows, sum, budget)));
    }

    private static readonly Wording<(int Rows, decimal Sum, decimal Budget)> Words = new(
        static (_, a) => $"{a.Rows} 项成本指标合计 {BudgetText.Wan(a.Sum)}，超过本表预算 {BudgetText.Wan(a.Budget)}",
        static (_, a) => $"核对成本测算，成本指标合计不应超过 {BudgetText.Wan(a.Budget)}");
}
