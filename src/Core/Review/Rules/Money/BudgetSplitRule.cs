namespace Jixiao.Core.Review.Rules.Money;

/// <summary>
/// MNY-BUDGET-SPLIT: the budget's parts do not add up: 财政资金 + 其他资金 vs 预算数, 基本支出 +
/// 项目支出 (+ 事业发展性支出) vs the total or the income sources, 当年度金额 above 总金额.
/// </summary>
public sealed class BudgetSplitRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "MNY-BUDGET-SPLIT", "预算资金构成不平衡", Severity.Error, RuleFamily.Money,
        "预算数应等于各资金来源之和、各支出用途之和；不平衡说明金额填错，绩效目标与批复的预算对不上。")
    {
        Parameters = [new RuleParameter("toleranceWan", 0.01m, "允许的尾差（万元），默认 0.01")],
    };

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (sheet.Sheet.Budget is not { } budget)
        {
            return;
        }

        var tolerance = findings.Parameter("toleranceWan");
        var total = budget.Total?.ToWan();
        if (total is { } t && budget.Fiscal is { } fiscal)
        {
            var sources = fiscal.ToWan() + (budget.Other?.ToWan() ?? 0m);
            if (Math.Abs(sources - t) > tolerance)
            {
                findings.Report(sheet, BudgetText.Position(sheet, "Fiscal"),
                    $"财政资金 {BudgetText.Wan(fiscal.ToWan())} 与其他资金 {BudgetText.Wan(budget.Other?.ToWan() ?? 0m)} 之和 {BudgetText.Wan(sources)}，不等于预算数 {BudgetText.Wan(t)}",
                    "核对资金来源：财政资金 + 其他资金 = 预算数");
            }
        }

        if (total is { } whole && budget.CurrentYear?.ToWan() is { } year && year > whole + tolerance)
        {
            findings.Report(sheet, BudgetText.Position(sheet, "CurrentYear"),
                $"当年度金额 {BudgetText.Wan(year)} 超过项目总金额 {BudgetText.Wan(whole)}",
                "核对总金额与当年度金额：当年度金额不应超过总金额");
        }

        CheckSpending(sheet, findings, tolerance);
    }

    /// <summary>基本支出 + 项目支出 against the total, or the income sources when there is no total.</summary>
    private static void CheckSpending(SheetContext sheet, FindingSink findings, decimal tolerance)
    {
        var budget = sheet.Sheet.Budget!;
        if (budget.BasicSpending is not { } basic || budget.ProjectSpending is not { } project)
        {
            return;
        }

        var reference = budget.Total?.ToWan() ?? (budget.Fiscal is { } f ? f.ToWan() + (budget.Other?.ToWan() ?? 0m) : (decimal?)null);
        if (reference is not { } expected)
        {
            return;
        }

        // Forms such as 004 list 事业发展性支出 beside 基本支出 and 项目支出; either reading may add up.
        var spending = basic.ToWan() + project.ToWan();
        var development = budget.OtherLines.Sum(l => l.Amount.ToWan());
        if (Math.Abs(spending - expected) <= tolerance || Math.Abs(spending + development - expected) <= tolerance)
        {
            return;
        }

        var label = budget.Total is null ? "收入来源合计" : "资金总额";
        findings.Report(sheet, BudgetText.Position(sheet, "Basic"),
            $"基本支出 {BudgetText.Wan(basic.ToWan())} 与项目支出 {BudgetText.Wan(project.ToWan())} 之和 {BudgetText.Wan(spending)}，不等于{label} {BudgetText.Wan(expected)}",
            $"核对支出构成：基本支出 + 项目支出 = {label}");
    }
}
