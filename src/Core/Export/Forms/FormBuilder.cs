using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// Lays one sheet out as the form of its family: the header fields as a bordered key–value grid (a label,
/// its value merged across the rest of the row; lists such as goals one row each under one merged label),
/// then the indicator table (<see cref="IndicatorTable"/>). Only fields the sheet has are written.
/// </summary>
public sealed class FormBuilder
{
    private readonly List<FormCell?[]> rows = [];
    private readonly int width;

    private FormBuilder(int width) => this.width = width;

    public static FormGrid Build(TargetSheet sheet, FormFamily family)
    {
        var table = IndicatorTable.Columns(sheet, family);
        var form = new FormBuilder(Math.Max(table.Count, Math.Max(5, sheet.SpendingPlan.Count + 1)));
        form.Header(sheet, family);
        var headerRow = form.rows.Count;
        IndicatorTable.Append(form.rows, form.width, sheet, table);
        var widths = Enumerable.Range(0, form.width).Select(c => c < table.Count ? table[c].Width : 12d).ToList();
        return new FormGrid
        {
            Title = FormFamilies.Title(sheet, family),
            Subtitles = Subtitles(sheet, family),
            Widths = widths,
            Rows = form.rows,
            HeaderRow = headerRow,
            HeaderRowCount = 1,
            Landscape = true,
            Name = sheet.ProjectName ?? sheet.Unit ?? sheet.Department ?? "绩效目标表",
            Footer = FormText.FooterOf(sheet.Department),
        };
    }

    private static List<string> Subtitles(TargetSheet sheet, FormFamily family)
    {
        var lines = new List<string>();
        var title = FormFamilies.Title(sheet, family);
        if (sheet.FiscalYear is { } year && !title.Contains(year.ToString(CultureInfo.InvariantCulture) + "年", StringComparison.Ordinal))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"（{year}年度）"));
        }

        if (UnitLine(sheet) is { } unit)
        {
            lines.Add(unit);
        }

        return lines;
    }

    /// <summary>356001乐亭县人力资源和社会保障局本级: the unit with its code, as 002's forms print it above the table.</summary>
    private static string? UnitLine(TargetSheet sheet) =>
        sheet is { UnitCode: { Length: 6 } code, Unit: { Length: > 0 } unit } && code.All(char.IsAsciiDigit) ? code + unit : null;

    private void Header(TargetSheet sheet, FormFamily family)
    {
        var project = sheet.Kind == SheetKind.Project;
        if (sheet.Department is { } department && department != (sheet.SupervisingDepartment ?? sheet.Unit))
        {
            Pair("部门名称", department, "主管部门", sheet.SupervisingDepartment);
        }
        else
        {
            Field("主管部门", sheet.SupervisingDepartment);
        }

        if (UnitLine(sheet) is null)
        {
            Field(project ? "用款单位" : "下属单位名称", sheet.Unit);
        }

        Field("项目名称", sheet.ProjectName);
        Field("项目编码", sheet.ProjectCode);
        Pair("项目类型", sheet.ProjectType, "项目等级", sheet.ProjectLevel);
        Field("项目属性", sheet.ProjectAttribute);
        Pair("项目负责人", sheet.Leader, "联系电话", sheet.LeaderPhone);
        Field("实施期限", sheet.Period?.Text);
        Field("财政供养人员数", sheet.StaffCount?.ToString(CultureInfo.InvariantCulture));
        Budget(sheet.Budget);
        Field(family == FormFamily.ProjectPlan ? "资金用途" : "项目概述", sheet.Purpose);
        List("部门职能概述", sheet.Functions.Select(f => f.Name == f.Text ? f.Text : f.Name + "：" + f.Text));
        foreach (var (term, label) in GoalLabels(family))
        {
            List(label, sheet.Goals.Where(g => g.Term == term).Select(g => g.Text));
        }

        foreach (var measure in sheet.Measures)
        {
            Field(measure.Kind, measure.Text);
        }

        List("实施计划", sheet.Plans.Select(p => p.Text));
        SpendingPlan(sheet.SpendingPlan);
        KeyTasks(sheet.KeyTasks);
    }

    private static (GoalTerm, string)[] GoalLabels(FormFamily family) =>
    [
        (GoalTerm.Overall, "总体绩效目标"),
        (GoalTerm.ImplementationPeriod, "实施周期总目标"),
        (GoalTerm.Annual, family == FormFamily.Approval ? "年度整体绩效目标" : family == FormFamily.UnitAndProject ? "当年度目标" : "年度目标"),
        (GoalTerm.Detailed, "详细目标"),
    ];

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

    /// <summary>Four cells from column 1, the last taking the rest of the row.</summary>
    private void Spread(FormCell?[] row, string[] cells, FormCellKind kind)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            row[i + 1] = new FormCell(cells[i], kind, i == cells.Length - 1 ? width - 1 - i : 1);
        }
    }

    private FormCell?[] Row()
    {
        var row = new FormCell?[width];
        rows.Add(row);
        return row;
    }

    private void Field(string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            var row = Row();
            row[0] = new FormCell(label, FormCellKind.Label);
            row[1] = new FormCell(value, FormCellKind.Value, width - 1);
        }
    }

    /// <summary>Two fields on one row: label | value | label | value, the second value taking the rest.</summary>
    private void Pair(string label, string? value, string? label2, string? value2, FormCellKind kind = FormCellKind.Value)
    {
        if (string.IsNullOrWhiteSpace(value2) || label2 is null)
        {
            Field(label, value);
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Field(label2, value2);
            return;
        }

        var middle = width / 2;
        var row = Row();
        row[0] = new FormCell(label, FormCellKind.Label);
        row[1] = new FormCell(value, kind, middle - 1);
        row[middle] = new FormCell(label2, FormCellKind.Label);
        row[middle + 1] = new FormCell(value2, kind, width - middle - 1);
    }

    /// <summary>A list field: one row per item, the label merged down beside them.</summary>
    private void List(string label, IEnumerable<string> items)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var row = Row();
            if (i == 0)
            {
                row[0] = new FormCell(label, FormCellKind.Label, RowSpan: list.Count);
            }

            row[1] = new FormCell(list[i], FormCellKind.Value, width - 1);
        }
    }
}
