using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Document;

/// <summary>
/// DOC-PROJECTS-OVER-DEPARTMENT: the project sheets of a unit add up to more than the 项目支出 (plus the
/// 事业发展性支出 lines) its department sheet declares. Fewer is normal: a document need not hold
/// every project. 004: 13 projects 555.32万元 against 项目支出 416.32 + 其他事业发展性支出 352.
/// </summary>
public sealed class ProjectsOverDepartmentRule : DocumentRule
{
    public override RuleInfo Info { get; } = new(
        "DOC-PROJECTS-OVER-DEPARTMENT", "项目预算合计超过部门项目支出", Severity.Warning, RuleFamily.Document,
        "各项目的预算是部门项目支出的组成部分，合计不应超过部门整体表中的项目支出；超过说明部门预算或项目预算有误，或有项目重复填报。")
    {
        Parameters = [new RuleParameter("toleranceWan", 0.01m, "允许的尾差（万元），默认 0.01")],
    };

    public override void Check(DocumentContext document, FindingSink findings)
    {
        // The one department sheet stating its 项目支出, found without a list (most documents have none).
        SheetContext? department = null;
        for (var i = 0; i < document.Sheets.Count; i++)
        {
            if (document.Sheets[i] is { Sheet: { Kind: SheetKind.Department, Budget.ProjectSpending: not null } } found)
            {
                if (department is not null)
                {
                    return; // several units: which projects belong to which cannot be told reliably
                }

                department = found;
            }
        }

        if (department is null)
        {
            return;
        }

        var budget = department.Sheet.Budget!;
        var unit = department.Sheet.Unit ?? department.Sheet.Department;
        var projects = document.Sheets
            .Where(s => s.Sheet.Kind == SheetKind.Project && (unit is null || (s.Sheet.Unit ?? s.Sheet.Department) is not { } u || ProjectNames.Match(u, unit)))
            .ToList();
        if (projects.Count == 0 || projects.Any(p => ProjectNames.YearWan(p.Sheet) is null))
        {
            return;
        }

        var sum = projects.Sum(p => ProjectNames.YearWan(p.Sheet)!.Value);
        var other = budget.OtherLines.Sum(l => l.Amount.ToWan());
        var declared = budget.ProjectSpending!.Value.ToWan() + other;
        if (sum > declared + findings.Parameter("toleranceWan"))
        {
            var parts = other > 0 ? $"项目支出{budget.ProjectSpending}与事业发展性支出{ProjectNames.Wan(other)}之和{ProjectNames.Wan(declared)}" : $"项目支出{ProjectNames.Wan(declared)}";
            findings.Report(department, department.Sheet.Sources.TryGetValue("Budget.ProjectSpending", out var at) ? at : department.Sheet.Position,
                $"本文件{projects.Count}个项目的预算合计{ProjectNames.Wan(sum)}，超过部门整体表的{parts}",
                "核对部门项目支出与各项目预算，检查是否有项目重复填报或金额单位（元/万元）填错");
        }
    }
}
