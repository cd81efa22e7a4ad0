using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Money;

/// <summary>
/// MNY-BUDGET-UNIT: a budget in 元 so small that it reads like 万元 (003: 预算资金(元) 300 for a
/// recruitment of 20,000 candidates).
/// </summary>
public sealed class BudgetUnitRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "MNY-BUDGET-UNIT", "预算金额单位疑似有误", Severity.Warning, RuleFamily.Money,
        "把万元填成元（或反之）会使预算差一万倍，成本指标、资金支出计划和批复金额都随之失真。")
    {
        Parameters = [new RuleParameter("minYuan", 1000m, "以元为单位的预算低于此数时提示（元），默认 1000")],
    };

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        var budget = sheet.Sheet.Budget;
        var (field, amount) = budget?.Total is { } total ? ("Total", total)
            : budget?.CurrentYear is { } year ? ("CurrentYear", year)
            : (null, default(Targets.Money));
        if (field is null || amount.Unit != MoneyUnit.Yuan || amount.Amount <= 0m)
        {
            return;
        }

        var min = findings.Parameter("minYuan");
        if (amount.Amount >= min)
        {
            return;
        }

        findings.Report(sheet, BudgetText.Position(sheet, field),
            $"预算金额为 {amount}，以元计明显偏小，疑为 {Values.ValueText.Number(amount.Amount)}万元",
            "核对预算金额的单位（元 / 万元），与批复的预算一致");
    }
}
