using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// GOAL-STALE-YEAR: a goal or key task of a year's sheet that names an earlier year as the year of the
/// work (004, 2024: 任务2 “用于2023年在岗三支一扶人员…”) — text carried over from last year's table.
/// Comparisons (较2023年, 比2023年增长) and document numbers (〔2023〕) are not counted.
/// </summary>
public sealed class StaleYearGoalRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "GOAL-STALE-YEAR", "目标沿用了以前年度的表述", Severity.Warning, RuleFamily.Goals,
        "本年度的目标或重点任务写着以前的年份，多是照抄上年的表格，说明目标没有按本年度实际重新编制，年份或内容需要核对。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (sheet.Sheet.FiscalYear is not { } fiscal)
        {
            return;
        }

        var goals = sheet.Sheet.Goals;
        for (var g = 0; g < goals.Count; g++)
        {
            if (EarlierYear(goals[g].Text, fiscal) is { } y)
            {
                Report(sheet, findings, goals[g].Position, "绩效目标", goals[g].Text, y, fiscal);
                return;
            }
        }

        var tasks = sheet.Sheet.KeyTasks;
        for (var t = 0; t < tasks.Count; t++)
        {
            // Content and result read as one text joined by a space: the space ends every year and
            // comparison, so each is read alone, without joining them.
            var task = tasks[t];
            var year = (task.Content is { } content ? EarlierYear(content, fiscal) : null)
                ?? (task.ExpectedResult is { } result ? EarlierYear(result, fiscal) : null);
            if (year is { } y)
            {
                Report(sheet, findings, task.Position, $"年度重点工作任务“{task.Name}”", task.ExpectedResult ?? task.Content, y, fiscal);
                return;
            }
        }
    }

    private static void Report(SheetContext sheet, FindingSink findings, SourcePosition at, string what, string text, int year, int fiscal) =>
        findings.Report(sheet, at, Words.With((what, text, year, fiscal)));

    private static readonly Wording<(string What, string Text, int Year, int Fiscal)> Words = new(
        static (_, a) => $"{a.Fiscal}年度的{a.What}写的是{a.Year}年：“{GoalNumberingGapRule.Excerpt(a.Text)}”",
        static (_, a) => $"核对是否沿用了{a.Year}年的表述，按{a.Fiscal}年度的实际任务改写");

    internal static int? EarlierYear(string text, int fiscal)
    {
        // A year is four digits before 年: the text is searched for 年, the digits read back from it.
        for (var at = 4; at < text.Length; at++)
        {
            var next = text.AsSpan(at).IndexOf('年');
            if (next < 0)
            {
                return null;
            }

            at += next;
            var i = at - 4;
            if (text[i] is '1' or '2' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && (i == 0 || !char.IsAsciiDigit(text[i - 1]))
                && int.Parse(text.AsSpan(i, 4), CultureInfo.InvariantCulture) is var y && y < fiscal && y > fiscal - 10
                && !GoalTermMixedRule.InBrackets(text, i) && !IsComparison(text, i))
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>较2023年, 比2023年, 与2023年相比, 同比, 2023年以来, 2023年底 (a baseline); 结转2023年… (a carry-over).</summary>
    private static bool IsComparison(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        if (before is '较' or '比' or '与' or '自' or '从')
        {
            return true;
        }

        // 结转2024年…资金, 上年结转, 截至2024年: money or work carried over from an earlier year, named as such.
        var head = text.AsSpan(0, i);
        if (head.EndsWith("结转", StringComparison.Ordinal) || head.EndsWith("截至", StringComparison.Ordinal) || head.EndsWith("截止", StringComparison.Ordinal)
            || head.EndsWith("延续", StringComparison.Ordinal) || head.EndsWith("接续", StringComparison.Ordinal))
        {
            return true;
        }

        var after = text.AsSpan(i + 5);
        return after.StartsWith("以来", StringComparison.Ordinal) || after.StartsWith("底", StringComparison.Ordinal)
            || after.StartsWith("末", StringComparison.Ordinal) || after.StartsWith("基础", StringComparison.Ordinal)
            || after.StartsWith("相比", StringComparison.Ordinal) || after.StartsWith("水平", StringComparison.Ordinal);
    }
}
