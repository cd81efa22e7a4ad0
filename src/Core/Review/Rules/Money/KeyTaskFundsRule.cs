namespace Jixiao.Core.Review.Rules.Money;

/// <summary>
/// MNY-KEYTASK-FUNDS: a department's 年度重点工作任务 funds do not match its 事业发展性支出 (004:
/// 100 + 72 + 170 = 342万元 against 352万元), or exceed its 项目支出 where no such lines are given.
/// </summary>
public sealed class KeyTaskFundsRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "MNY-KEYTASK-FUNDS", "重点工作任务资金与预算不符", Severity.Warning, RuleFamily.Money,
        "年度重点工作任务的拟投入资金来自事业发展性（项目）支出；两者对不上，说明有资金没有对应任务，或任务没有资金保障。")
    {
        Parameters = [new RuleParameter("toleranceWan", 0.01m, "允许的尾差（万元），默认 0.01")],
    };

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        var tasks = sheet.Sheet.KeyTasks;
        if (sheet.Sheet.Kind != Targets.SheetKind.Department || tasks.Count == 0 || sheet.Sheet.Budget is not { } budget)
        {
            return;
        }

        var funded = tasks.Where(t => t.Funds is not null).ToList();
        if (funded.Count == 0)
        {
            return;
        }

        var sum = funded.Sum(t => t.Funds!.Value.ToWan());
        var tolerance = findings.Parameter("toleranceWan");
        var development = budget.OtherLines.Sum(l => l.Amount.ToWan());
        if (development > 0m)
        {
            if (Math.Abs(sum - development) > tolerance)
            {
                var list = string.Join(" + ", funded.Select(t => BudgetText.Wan(t.Funds!.Value.ToWan()))); // only for the message
                var gap = sum < development ? $"有 {BudgetText.Wan(development - sum)} 没有对应的任务" : $"超出 {BudgetText.Wan(sum - development)}";
                findings.Report(sheet, funded[0].Position,
                    $"年度重点工作任务拟投入资金 {list} = {BudgetText.Wan(sum)}，与事业发展性支出 {BudgetText.Wan(development)} 不一致，{gap}",
                    "核对重点工作任务的资金，或在“其他需完成的任务”中补列其余事业发展性支出");
            }

            return;
        }

        if (budget.ProjectSpending?.ToWan() is { } project && sum > project + tolerance)
        {
            findings.Report(sheet, funded[0].Position,
                $"年度重点工作任务拟投入资金合计 {BudgetText.Wan(sum)}，超过项目支出 {BudgetText.Wan(project)}",
                "核对重点工作任务的资金，合计不应超过项目支出");
        }
    }
}
