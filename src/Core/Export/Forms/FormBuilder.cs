using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// Lays one sheet out as the form of its family: the header fields as a bordered key–value grid (a label,
/// its value merged across the rest of the row; lists such as goals one row each under one merged label),
/// then the indicator table (<see cref="IndicatorTable"/>). Only fields the sheet has are written.
/// </summary>
public sealed partial class FormBuilder
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
}
