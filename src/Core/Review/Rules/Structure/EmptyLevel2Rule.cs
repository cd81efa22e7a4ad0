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
        HashSet<string>? seen = null; // only once something is reported
        for (var r = 0; r < sheet.Indicators.Count; r++)
        {
            var row = sheet.Indicators[r];
            if (!string.IsNullOrWhiteSpace(row.Indicator.Level2) || row.Level1 is not { Level: CategoryLevel.Level1 } level1)
            {
                continue;
            }

            if (CategoryText.Level2Count(level1.Name, sheet.Framework) < 2 || !(seen ??= new(StringComparer.Ordinal)).Add(level1.Name))
            {
                continue;
            }

            var children = CategoryText.Level2Names(level1.Name, sheet.Framework);
            var count = sheet.Indicators.Count(r => r.Level1 == level1 && string.IsNullOrWhiteSpace(r.Indicator.Level2));
            findings.Report(sheet, row.Indicator,
                $"{level1.Name}下有 {count} 项指标没有二级指标（首项“{row.Indicator.Name}”）",
                $"为这些指标填写二级指标（{children}）");
        }
    }
}
