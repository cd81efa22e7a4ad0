using Jixiao.Core.Framework;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-OUTPUT-NO-QUANTITY: 产出指标 without any 数量指标 (004 劳动仲裁工作经费: only 质量指标). How much the
/// money buys is the first thing an output target states; 时效 and 成本 are often left out and are
/// not required here. Also when 数量指标 rows are there but none of them states a quantity (all rates,
/// yes/no or sentences: VAL-QUANTITY-NOT-COUNT, folded into this finding).
/// </summary>
public sealed class OutputIncompleteRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-OUTPUT-NO-QUANTITY", "产出指标缺少数量指标", Severity.Warning, RuleFamily.Structure,
        "数量指标说明资金换来多少产出（人数、次数、户数），是产出指标的核心；没有它，质量、时效指标就失去了衡量的对象。");

    private const string QuantityCause = "数量指标";

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (IncompleteTableRule.IsCut(sheet))
        {
            return; // the rest of the table may hold it: STR-TABLE-INCOMPLETE says so.
        }

        IndicatorFacts? firstOutput = null;
        var quantityRows = new List<IndicatorFacts>();
        for (var r = 0; r < sheet.Indicators.Count; r++)
        {
            var row = sheet.Indicators[r];
            var level1 = row.Level2 is { Level: CategoryLevel.Level2 } l2 ? l2.Parent : row.FormLevel1?.Name;
            if (!string.Equals(level1, IndicatorFramework.Output, StringComparison.Ordinal))
            {
                continue;
            }

            // The 中央预算内投资 form has no level 2 under its 产出指标: each of its output rows may be the quantity.
            if (row.Level2?.Name == "数量指标" || row.OtherForm)
            {
                if (Values.QuantityNotCountRule.What(row.Indicator.Value, row.Indicator.Name) is null)
                {
                    return; // a quantity, or a value the value rules judge
                }

                quantityRows.Add(row);
            }

            firstOutput ??= row;
        }

        if (firstOutput is null)
        {
            return; // no 产出指标 at all: STR-L1-MISSING says so.
        }

        if (quantityRows.Count > 0)
        {
            var rows = string.Join("、", quantityRows.Select(r => $"“{r.Indicator.Name}” {r.Indicator.Value.Raw}"));
            var under = quantityRows[0].OtherForm ? "产出指标" : "数量指标";
            findings.Report(sheet, quantityRows[0].Indicator,
                (quantityRows.Count == 1 ? $"{under}下唯一的一项（{rows}）不是数量" : $"{under}下的 {quantityRows.Count} 项（{rows}）都不是数量") + "，产出指标没有任何数量",
                "补充本年度产出的数量（如补贴发放人数、培训人次、办理件数）；比率移到质量指标，金额移到成本指标",
                QuantityCause);
            return;
        }

        var kinds = string.Join("、", sheet.Indicators
            .Where(r => r.Level2 is { Level: CategoryLevel.Level2, Parent: IndicatorFramework.Output })
            .Select(r => r.Level2!.Name).Distinct(StringComparer.Ordinal));
        findings.Report(sheet, firstOutput.Indicator,
            $"产出指标只有{(kinds.Length > 0 ? kinds : "未分类的指标")}，没有数量指标",
            "补充数量指标，说明本年度资金带来的产出数量（如补贴发放人数、培训人次、办理件数）",
            QuantityCause);
    }
}
