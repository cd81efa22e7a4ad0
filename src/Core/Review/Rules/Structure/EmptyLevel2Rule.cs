using Jixiao.Core.Framework;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-L2-EMPTY: rows without a level-2 category under a level 1 that has several (产出指标 → 数量,
/// 质量, 时效…). Under 满意度指标, whose only level 2 is 服务对象满意度指标, a blank is no defect
/// (001 lists its satisfaction items without a heading). Once per level 1.
/// </summary>
public sealed class EmptyLevel2Rule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-L2-EMPTY", "缺少二级指标", Severity.Warning, RuleFamily.Structure,
        "没有二级指标，就看不出指标衡量的是数量、质量、时效还是成本，也无法检查各类指标是否齐全。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        var rows = sheet.Rows;
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            if (!IsBlankUnder(row, out var level1) || CategoryText.Level2Count(level1.Name, sheet.Framework) < 2 || SeenBefore(rows, r, level1.Name))
            {
                continue;
            }

            var children = CategoryText.Level2Names(level1.Name, sheet.Framework);
            var count = 0;
            for (var i = 0; i < rows.Length; i++)
            {
                count += rows[i].Level1 == level1 && string.IsNullOrWhiteSpace(rows[i].Indicator.Level2) ? 1 : 0;
            }

            findings.Report(sheet, row.Indicator,
                $"{level1.Name}下有 {count} 项指标没有二级指标（首项“{row.Indicator.Name}”）",
                $"为这些指标填写二级指标（{children}）");
        }
    }

    /// <summary>A row with a blank level-2 cell under a recognised level-1 category.</summary>
    private static bool IsBlankUnder(IndicatorFacts row, out Category level1)
    {
        level1 = row.Level1!;
        return string.IsNullOrWhiteSpace(row.Indicator.Level2) && row.Level1 is { Level: CategoryLevel.Level1 };
    }

    /// <summary>Whether an earlier row is already blank under a level 1 of that name (reported once per level 1).</summary>
    private static bool SeenBefore(IndicatorFacts[] rows, int index, string level1)
    {
        for (var r = 0; r < index; r++)
        {
            if (IsBlankUnder(rows[r], out var earlier) && string.Equals(earlier.Name, level1, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
