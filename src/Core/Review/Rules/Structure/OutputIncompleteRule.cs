using System.Globalization;
using System.Runtime.CompilerServices;
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

        var rows = sheet.Rows;
        IndicatorFacts? firstOutput = null;
        IndicatorFacts? firstQuantity = null;
        var quantityRows = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            if (!IsOutput(row))
            {
                continue;
            }

            if (IsQuantityRow(row))
            {
                if (Values.QuantityNotCountRule.What(row.Indicator.Value, row.Indicator.Name) is null)
                {
                    return; // a quantity, or a value the value rules judge
                }

                firstQuantity ??= row;
                quantityRows++;
            }

            firstOutput ??= row;
        }

        if (firstOutput is null)
        {
            return; // no 产出指标 at all: STR-L1-MISSING says so.
        }

        if (firstQuantity is not null)
        {
            // The message written whole into a buffer on the stack (rented only past it), the rows listed in it: only
            // the message's string is allocated, not a builder and its growing chunks (about 400 bytes a finding).
            var message = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);
            message.AppendLiteral(firstQuantity.OtherForm ? "产出指标" : "数量指标");
            if (quantityRows == 1)
            {
                message.AppendLiteral("下唯一的一项（");
            }
            else
            {
                message.AppendLiteral("下的 ");
                message.AppendFormatted(quantityRows);
                message.AppendLiteral(" 项（");
            }

            var listed = 0;
            for (var r = 0; r < rows.Length; r++)
            {
                if (IsOutput(rows[r]) && IsQuantityRow(rows[r]))
                {
                    message.AppendLiteral(listed++ > 0 ? "、“" : "“");
                    message.AppendFormatted(rows[r].Indicator.Name);
                    message.AppendLiteral("” ");
                    message.AppendFormatted(rows[r].Indicator.Value.Raw);
                }
            }

            message.AppendLiteral(quantityRows == 1 ? "）不是数量，产出指标没有任何数量" : "）都不是数量，产出指标没有任何数量");
            findings.Report(sheet, firstQuantity.Indicator,
                message.ToStringAndClear(),
                "补充本年度产出的数量（如补贴发放人数、培训人次、办理件数）；比率移到质量指标，金额移到成本指标",
                QuantityCause);
            return;
        }

        // The message, the kinds written into it, on the stack as above.
        var kinds = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[128]);
        kinds.AppendLiteral("产出指标只有");
        var named = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r].Level2 is { Level: CategoryLevel.Level2, Parent: IndicatorFramework.Output } level2 && !Listed(rows, r, level2.Name))
            {
                kinds.AppendLiteral(named++ > 0 ? "、" : "");
                kinds.AppendFormatted(level2.Name);
            }
        }

        kinds.AppendLiteral(named > 0 ? "，没有数量指标" : "未分类的指标，没有数量指标");
        findings.Report(sheet, firstOutput.Indicator,
            kinds.ToStringAndClear(),
            "补充数量指标，说明本年度资金带来的产出数量（如补贴发放人数、培训人次、办理件数）",
            QuantityCause);
    }

    /// <summary>The row's level-1 category is 产出指标 (its level 2's parent, else the form's level 1).</summary>
    private static bool IsOutput(IndicatorFacts row) =>
        string.Equals(row.Level2 is { Level: CategoryLevel.Level2 } l2 ? l2.Parent : row.FormLevel1?.Name, IndicatorFramework.Output, StringComparison.Ordinal);

    /// <summary>
    /// A 数量指标 row; the 中央预算内投资 form has no level 2 under its 产出指标: each of its output rows may be the quantity.
    /// </summary>
    private static bool IsQuantityRow(IndicatorFacts row) => row.Level2?.Name == "数量指标" || row.OtherForm;

    /// <summary>Whether an output level 2 of that name comes before row <paramref name="index"/> (each kind is named once).</summary>
    private static bool Listed(IndicatorFacts[] rows, int index, string name)
    {
        for (var r = 0; r < index; r++)
        {
            if (rows[r].Level2 is { Level: CategoryLevel.Level2, Parent: IndicatorFramework.Output } level2 && string.Equals(level2.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
