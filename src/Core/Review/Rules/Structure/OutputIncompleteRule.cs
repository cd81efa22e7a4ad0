using Jixiao.Core.Framework;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-OUTPUT-NO-QUANTITY: 产出指标 without any 数量指标 (004 劳动仲裁工作经费: only 质量指标). How much the
/// money buys is the first thing an output target states; 时效 and 成本 are often left out and are
/// not required here.
/// </summary>
public sealed class OutputIncompleteRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-OUTPUT-NO-QUANTITY", "产出指标缺少数量指标", Severity.Warning, RuleFamily.Structure,
        "数量指标说明资金换来多少产出（人数、次数、户数），是产出指标的核心；没有它，质量、时效指标就失去了衡量的对象。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (IncompleteTableRule.IsCut(sheet))
        {
            return; // the rest of the table may hold it: STR-TABLE-INCOMPLETE says so.
        }

        IndicatorFacts? firstOutput = null;
        for (var r = 0; r < sheet.Indicators.Count; r++)
        {
            var row = sheet.Indicators[r];
            var level1 = row.Level2 is { Level: CategoryLevel.Level2 } l2 ? l2.Parent : row.FormLevel1?.Name;
            if (!string.Equals(level1, IndicatorFramework.Output, StringComparison.Ordinal))
            {
                continue;
            }

            if (row.Level2?.Name == "数量指标")
            {
                return;
            }

            firstOutput ??= row;
        }

        if (firstOutput is null)
        {
            return; // no 产出指标 at all: STR-L1-MISSING says so.
        }

        var kinds = string.Join("、", sheet.Indicators
            .Where(r => r.Level2 is { Level: CategoryLevel.Level2, Parent: IndicatorFramework.Output })
            .Select(r => r.Level2!.Name).Distinct(StringComparer.Ordinal));
        findings.Report(sheet, firstOutput.Indicator,
            $"产出指标只有{(kinds.Length > 0 ? kinds : "未分类的指标")}，没有数量指标",
            "补充数量指标，说明本年度资金带来的产出数量（如补贴发放人数、培训人次、办理件数）");
    }
}
