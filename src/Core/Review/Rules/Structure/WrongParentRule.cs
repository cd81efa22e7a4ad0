using Jixiao.Core.Framework;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-L2-WRONG-PARENT: a level-2 category laid out under a level 1 it does not belong to (004: 社会效益指标
/// left under the merged 产出指标 cell). Reported once per misplaced category, at its first row.
/// </summary>
public sealed class WrongParentRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-L2-WRONG-PARENT", "二级指标放在了错误的一级指标下", Severity.Error, RuleFamily.Structure,
        "二级指标有固定的归属（社会效益指标属于效益指标）；放错一级指标，该一级指标的内容就名不副实，评分和汇总都会出错。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        for (var i = 0; i < sheet.Indicators.Count; i++)
        {
            var row = sheet.Indicators[i];
            if (!IsMisplaced(row, out var level2, out var under) || SeenBefore(sheet, i, level2, under))
            {
                continue;
            }

            var words = Words.With((level2, under, Count(sheet, i, level2, under)));
            if (row.Indicator.PlacedUnder is not null)
            {
                // The row's own level-1 cell is blank: "under 产出指标" is the merged cell above, as read.
                findings.ReportDoubtful(sheet, row.Indicator, words,
                    $"该行一级指标单元格为空，按上方合并单元格读作“{under.Name}”；若原表此处写有{level2.Parent}而文本丢失，只需补上一级指标名称",
                    level2.Parent);
                continue;
            }

            findings.Report(sheet, row.Indicator, words, level2.Parent);
        }
    }

    private static readonly Wording<(Category Level2, Category Under, int Count)> Words = new(
        static (f, a) => a.Count > 1 // one string per message, not two joined
            ? $"二级指标“{a.Level2.Name}”属于{a.Level2.Parent}，表中却放在“{a.Under.Name}”下（共 {a.Count} 项指标，首项“{f.Indicator!.Name}”）"
            : $"二级指标“{a.Level2.Name}”属于{a.Level2.Parent}，表中却放在“{a.Under.Name}”下（指标“{f.Indicator!.Name}”）",
        static (_, a) => Fix(a.Level2));

    /// <summary>
    /// The fix for a misplaced level-2 category: it names only the category and its level 1, so it is made once per
    /// category (the framework's few) rather than per finding.
    /// </summary>
    private static string Fix(Category level2) =>
        FixOf.GetOrAdd((level2.Name, level2.Parent), static c => $"将{c.Name}及其指标移到{c.Parent}下；如表中没有{c.Parent}，应补上该一级指标");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Name, string? Parent), string> FixOf = new();

    private static bool IsMisplaced(IndicatorFacts row, out Category level2, out Category under)
    {
        level2 = row.Level2!;
        under = row.FormLevel1!;
        return row.Level2 is { Level: CategoryLevel.Level2 }
            && row.FormLevel1 is { Level: CategoryLevel.Level1 }
            && !string.Equals(row.Level2.Parent, row.FormLevel1.Name, StringComparison.Ordinal);
    }

    private static bool SeenBefore(SheetContext sheet, int index, Category level2, Category under)
    {
        for (var j = 0; j < index; j++)
        {
            if (IsMisplaced(sheet.Indicators[j], out var l2, out var u) && l2 == level2 && u == under)
            {
                return true;
            }
        }

        return false;
    }

    private static int Count(SheetContext sheet, int from, Category level2, Category under)
    {
        var count = 0;
        for (var j = from; j < sheet.Indicators.Count; j++)
        {
            if (IsMisplaced(sheet.Indicators[j], out var l2, out var u) && l2 == level2 && u == under)
            {
                count++;
            }
        }

        return count;
    }
}
