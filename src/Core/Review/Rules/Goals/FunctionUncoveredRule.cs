using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// GOAL-NOT-COVERED: on a department (unit) sheet, a 职能 or 年度重点工作任务 that no indicator covers.
/// A 职能 is covered by an indicator grouped under it (000: 职能3…职能8), else by an indicator sharing
/// two words with it; a key task by such an indicator or by its own project sheet in the document.
/// </summary>
public sealed class FunctionUncoveredRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "GOAL-NOT-COVERED", "职能或重点任务没有对应指标", Severity.Warning, RuleFamily.Goals,
        "部门整体绩效指标应覆盖部门的主要职能和年度重点工作任务；有的职能、任务没有指标，整体绩效就只考核了一部分工作。");

    [ThreadStatic]
    private static HashSet<int>? wordsScratch;

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        var s = sheet.Sheet;
        if (s.Kind != SheetKind.Department || sheet.Indicators.Count == 0)
        {
            return;
        }

        if (s.Functions.Count == 0 && s.KeyTasks.Count == 0)
        {
            return;
        }

        var grouped = s.Indicators.Where(i => i.Function is not null).Select(i => Label(i.Function!)).ToHashSet(StringComparer.Ordinal);
        var words = wordsScratch ??= [];
        words.Clear();
        if (grouped.Count == 0 || s.KeyTasks.Count > 0) // the words are asked only of ungrouped functions and of key tasks
        {
            foreach (var row in s.Indicators)
            {
                GoalText.AddBigrams(row.Name, words);
            }
        }

        var uncovered = new List<(string Name, SourcePosition Position)>();
        foreach (var function in s.Functions)
        {
            var covered = grouped.Count > 0 ? grouped.Contains(Label(function.Name)) : Shares(function.Text, words);
            if (!covered)
            {
                uncovered.Add((function.Name, function.Position));
            }
        }

        foreach (var task in s.KeyTasks)
        {
            if (!Shares(task.Name + task.Content, words) && !HasProjectSheet(sheet, task))
            {
                uncovered.Add(("重点任务“" + task.Name + "”", task.Position));
            }
        }

        if (uncovered.Count == 0 || uncovered.Count == s.Functions.Count + s.KeyTasks.Count)
        {
            return; // none, or all: the sheet's indicators are not organised by them; other rules judge the table
        }

        findings.Report(sheet, uncovered[0].Position,
            $"{string.Join("、", uncovered.Select(u => u.Name))}没有对应的绩效指标",
            "为每项主要职能和年度重点工作任务设置至少一项产出或效益指标");
    }

    /// <summary>职能3: 公益性岗位 → 职能3; a name without such a label stays whole.</summary>
    private static string Label(string name)
    {
        var cut = name.AsSpan().IndexOfAny(":：、 ");
        return (cut > 0 ? name[..cut] : name).Trim();
    }

    private static bool Shares(string text, HashSet<int> words)
    {
        var (shared, _) = GoalText.CountShared(text, words);
        return shared >= 2;
    }

    private static bool HasProjectSheet(SheetContext sheet, KeyTask task) =>
        sheet.Place?.ProjectNames.Any(name => task.Name.Contains(name, StringComparison.Ordinal) || name.Contains(task.Name, StringComparison.Ordinal)
            || (task.Content?.Contains(name, StringComparison.Ordinal) ?? false)) ?? false;
}
