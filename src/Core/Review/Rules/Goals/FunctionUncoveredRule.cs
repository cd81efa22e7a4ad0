using System.Buffers;
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

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        var s = sheet.Sheet;
        if (s.Kind != SheetKind.Department || sheet.Indicators.Count == 0)
        {
            return;
        }

        var functions = s.Functions;
        var tasks = s.KeyTasks;
        if (functions.Count == 0 && tasks.Count == 0)
        {
            return;
        }

        var rows = sheet.Rows;
        var grouped = false;
        for (var r = 0; r < rows.Length && !grouped; r++)
        {
            grouped = rows[r].Indicator.Function is not null;
        }

        // The indicator names' words as a set: asked only of ungrouped functions and of key tasks.
        int[]? rented = null;
        scoped var words = default(WordSet);
        if (!grouped || tasks.Count > 0)
        {
            var length = 0;
            for (var r = 0; r < rows.Length; r++)
            {
                length += rows[r].Indicator.Name.Length;
            }

            length = WordSet.TableLength(length);
            if (length <= 1024)
            {
                words = new WordSet(stackalloc int[length]); // 4 KB at most on the stack
            }
            else
            {
                rented = ArrayPool<int>.Shared.Rent(length);
                Array.Clear(rented, 0, length); // a rented array holds what its last user left
                words = new WordSet(rented.AsSpan(0, length));
            }

            for (var r = 0; r < rows.Length; r++)
            {
                words.Add(rows[r].Indicator.Name);
            }
        }

        var all = functions.Count + tasks.Count;
        var uncovered = all <= 256 ? stackalloc bool[all] : new bool[all];
        if (grouped)
        {
            GroupedUnder(rows, functions, uncovered);
        }

        var uncoveredCount = 0;
        for (var f = 0; f < functions.Count; f++)
        {
            uncovered[f] = grouped ? !uncovered[f] : !Shares(functions[f].Text, [], words);
            uncoveredCount += uncovered[f] ? 1 : 0;
        }

        for (var t = 0; t < tasks.Count; t++)
        {
            var task = tasks[t];
            uncovered[functions.Count + t] = !Shares(task.Name, task.Content, words) && !HasProjectSheet(sheet, task);
            uncoveredCount += uncovered[functions.Count + t] ? 1 : 0;
        }

        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        if (uncoveredCount == 0 || uncoveredCount == all)
        {
            return; // none, or all: the sheet's indicators are not organised by them; other rules judge the table
        }

        var names = new string[uncoveredCount];
        var n = 0;
        for (var i = 0; i < all; i++)
        {
            if (uncovered[i])
            {
                names[n++] = i < functions.Count ? functions[i].Name : "重点任务“" + tasks[i - functions.Count].Name + "”";
            }
        }

        var first = uncovered.IndexOf(true);
        findings.Report(sheet, first < functions.Count ? functions[first].Position : tasks[first - functions.Count].Position,
            $"{string.Join("、", names)}没有对应的绩效指标",
            "为每项主要职能和年度重点工作任务设置至少一项产出或效益指标");
    }

    /// <summary>Marks the functions some indicator is grouped under (by label: 职能3 of 职能3: 公益性岗位).</summary>
    private static void GroupedUnder(IndicatorFacts[] rows, IReadOnlyList<Function> functions, Span<bool> covered)
    {
        string? previous = null;
        for (var r = 0; r < rows.Length; r++)
        {
            var function = rows[r].Indicator.Function;
            if (function is null || string.Equals(function, previous, StringComparison.Ordinal))
            {
                continue; // rows of one function follow each other
            }

            previous = function;
            var label = Label(function);
            for (var f = 0; f < functions.Count; f++)
            {
                covered[f] |= label.SequenceEqual(Label(functions[f].Name));
            }
        }
    }

    /// <summary>职能3: 公益性岗位 → 职能3; a name without such a label stays whole.</summary>
    private static ReadOnlySpan<char> Label(string name)
    {
        var cut = name.AsSpan().IndexOfAny(":：、 ");
        return (cut > 0 ? name.AsSpan(0, cut) : name).Trim();
    }

    /// <summary>Whether the text <paramref name="head"/> + <paramref name="tail"/> holds two of the words (repeats counted).</summary>
    private static bool Shares(ReadOnlySpan<char> head, ReadOnlySpan<char> tail, in WordSet words)
    {
        var shared = words.CountIn(head) + words.CountIn(tail);
        if (!head.IsEmpty && !tail.IsEmpty && words.Contains(GoalText.Pair(head[^1], tail[0])))
        {
            shared++; // the word across the join
        }

        return shared >= 2;
    }

    private static bool HasProjectSheet(SheetContext sheet, KeyTask task)
    {
        if (sheet.Place?.ProjectNames is not { } names)
        {
            return false;
        }

        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (task.Name.Contains(name, StringComparison.Ordinal) || name.Contains(task.Name, StringComparison.Ordinal)
                || (task.Content?.Contains(name, StringComparison.Ordinal) ?? false))
            {
                return true;
            }
        }

        return false;
    }
}
