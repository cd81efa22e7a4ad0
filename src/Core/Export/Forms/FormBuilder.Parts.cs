using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Export.Forms;

/// <summary>The header parts with a shape of their own: the amounts two to a row, 资金支出计划, 年度重点工作任务.</summary>
public sealed partial class FormBuilder
{
    private void Budget(Budget? budget)
    {
        if (budget is null)
        {
            return;
        }

        var amounts = new List<(string Label, Money Amount)>();
        void Add(string label, Money? money)
        {
            if (money is { } m)
            {
                amounts.Add((label + (m.Unit == MoneyUnit.Wan ? "（万元）" : "（元）"), m));
            }
        }

        Add("预算数", budget.Total);
        Add("当年度金额", budget.CurrentYear);
        Add("财政资金", budget.Fiscal);
        Add("其他资金", budget.Other);
        Add("基本支出", budget.BasicSpending);
        Add("项目支出", budget.ProjectSpending);
        foreach (var line in budget.OtherLines)
        {
            Add(line.Label, line.Amount);
        }

        for (var i = 0; i < amounts.Count; i += 2)
        {
            var second = i + 1 < amounts.Count ? amounts[i + 1] : default;
            Pair(amounts[i].Label, Amount(amounts[i].Amount), second.Label, second.Label is null ? null : Amount(second.Amount), FormCellKind.Amount);
        }

        Field("资金性质", budget.FundNature);
    }

    public static string Amount(Money money) => money.Amount.ToString(money.Amount == decimal.Round(money.Amount, 2) ? "0.00" : "0.00##########", CultureInfo.InvariantCulture);

    private void SpendingPlan(IReadOnlyList<SpendingPlanPoint> plan)
    {
        if (plan.Count == 0)
        {
            return;
        }

        var labels = Row();
        var values = Row();
        labels[0] = new FormCell("资金支出计划", FormCellKind.Label, RowSpan: 2);
        for (var i = 0; i < plan.Count; i++)
        {
            var span = i == plan.Count - 1 ? width - 1 - i : 1;
            labels[i + 1] = new FormCell(plan[i].Label, FormCellKind.Label, span);
            values[i + 1] = new FormCell(plan[i].Percent.ToString("0.##########", CultureInfo.InvariantCulture) + "%", FormCellKind.Value, span);
        }
    }

    private void KeyTasks(IReadOnlyList<KeyTask> tasks)
    {
        if (tasks.Count == 0)
        {
            return;
        }

        var head = Row();
        head[0] = new FormCell("年度重点工作任务", FormCellKind.Label, RowSpan: tasks.Count + 1);
        string[] titles = ["名称", "主要实施内容", "拟投入的资金（万元）", "期望达到的目标（概述）"];
        foreach (var task in tasks)
        {
            string[] cells = [task.Name + "：", task.Content, task.Funds is { } f ? Amount(Money.Wan(f.ToWan())) : "", task.ExpectedResult ?? ""];
            Spread(Row(), cells, FormCellKind.Value);
        }

        Spread(head, titles, FormCellKind.Label);
    }
}
