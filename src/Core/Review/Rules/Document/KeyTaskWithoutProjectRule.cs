using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Document;

/// <summary>
/// DOC-TASK-NO-PROJECT: a 年度重点工作任务 of the department sheet that names a project no project sheet
/// of the document has. Only where the key tasks are named after projects (at least one matches a
/// project sheet), so a department whose tasks are described in words is not flagged.
/// </summary>
public sealed class KeyTaskWithoutProjectRule : DocumentRule
{
    public override RuleInfo Info { get; } = new(
        "DOC-TASK-NO-PROJECT", "重点任务缺少对应的项目绩效目标表", Severity.Warning, RuleFamily.Document,
        "部门整体目标中列为年度重点任务、安排了资金的项目，应有自己的项目绩效目标表；缺表则该笔资金没有项目层面的目标和指标。");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        if (!KeyTasks.AnyTasks(document))
        {
            return;
        }

        var projects = KeyTasks.Projects(document);
        if (projects.Count == 0)
        {
            return;
        }

        for (var d = 0; d < document.Sheets.Count; d++)
        {
            if (document.Sheets[d] is { Sheet: { Kind: SheetKind.Department, KeyTasks.Count: > 0 } } department)
            {
                CheckTasks(department, projects, findings);
            }
        }
    }

    private static void CheckTasks(SheetContext department, List<(SheetContext Sheet, string Key)> projects, FindingSink findings)
    {
        var tasks = department.Sheet.KeyTasks;
        Span<bool> matched = tasks.Count <= 256 ? stackalloc bool[tasks.Count] : new bool[tasks.Count];
        var unmatched = 0;
        for (var t = 0; t < tasks.Count; t++)
        {
            matched[t] = KeyTasks.ProjectOf(tasks[t], projects) is not null;
            unmatched += matched[t] ? 0 : 1;
        }

        if (unmatched == tasks.Count)
        {
            return; // tasks described in words, not named after projects
        }

        for (var t = 0; t < tasks.Count; t++)
        {
            if (matched[t])
            {
                continue;
            }

            var task = tasks[t];
            findings.Report(department, task.Position,
                $"年度重点工作任务“{KeyTasks.Label(task)}”"
                    + (task.Funds is { } funds ? $"（拟投入{funds}）" : "") + "在本文件中没有对应的项目支出绩效目标表",
                "补充该项目的项目支出绩效目标表，或核对任务名称是否与项目名称一致");
        }
    }
}

/// <summary>Matching a department's key tasks to the document's project sheets.</summary>
internal static class KeyTasks
{
    /// <summary>The document's named project sheets with their names reduced for matching, once per document.</summary>
    public static List<(SheetContext Sheet, string Key)> Projects(DocumentContext document) =>
        [.. document.Sheets.Where(s => s.Sheet.Kind == SheetKind.Project && s.Sheet.ProjectName is not null).Select(s => (s, s.ProjectKey!))];

    /// <summary>Whether some department sheet of the document lists key tasks: else there is nothing to match.</summary>
    public static bool AnyTasks(DocumentContext document)
    {
        for (var i = 0; i < document.Sheets.Count; i++)
        {
            if (document.Sheets[i].Sheet is { Kind: SheetKind.Department, KeyTasks.Count: > 0 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The project sheet a key task names, by its name or content (004 puts the project in 主要实施内容).</summary>
    public static SheetContext? ProjectOf(KeyTask task, List<(SheetContext Sheet, string Key)> projects)
    {
        var name = IsPlaceholder(task.Name) ? "" : ProjectNames.Key(task.Name);
        var content = ProjectNames.Key(task.Content);
        foreach (var (sheet, key) in projects)
        {
            if (ProjectNames.MatchKeys(name, key) || ProjectNames.MatchKeys(content, key))
            {
                return sheet;
            }
        }

        return null;
    }

    public static string Label(KeyTask task) => IsPlaceholder(task.Name) ? task.Content : task.Name;

    /// <summary>任务1, 任务2: the numbering column, not a name.</summary>
    private static bool IsPlaceholder(string name) =>
        name.StartsWith("任务", StringComparison.Ordinal) && name.Length <= 5;
}
