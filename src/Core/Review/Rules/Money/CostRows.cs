using Jixiao.Core.Framework;
using Jixiao.Core.Review.Classification;

namespace Jixiao.Core.Review.Rules.Money;

/// <summary>Which rows are cost indicators, for the money rules.</summary>
internal static class CostRows
{
    /// <summary>The form places the row under 成本指标 (88号 level 2, or 101号 level 1 and its level 2s).</summary>
    public static bool IsPlacedAsCost(IndicatorFacts indicator) =>
        (EndsAsCost(indicator.Level2?.Name) && indicator.Level2!.Name is IndicatorFramework.Cost or "经济成本指标" or "社会成本指标" or "生态环境成本指标")
        || (EndsAsCost(indicator.Level1?.Name) && indicator.Level1!.Name == IndicatorFramework.Cost);

    /// <summary>A first test, one character: every cost category's name ends in 成本指标 (数量指标, 产出指标 do not).</summary>
    private static bool EndsAsCost(string? name) => name is { Length: >= 4 } && name[^4] == '成';

    /// <summary>
    /// Placed as a cost, or named as one in plain words (办公经费成本, 证书使用费用) outside 效益. A name
    /// that is money only by its unit (创业担保贷款发放额 1000万元 under 数量) is not a cost: it is an
    /// amount handed out, which may well exceed the budget that subsidises it.
    /// </summary>
    public static bool IsCost(IndicatorFacts indicator) =>
        IsPlacedAsCost(indicator)
        || (indicator.Name.Class == NameClass.Cost && indicator.Name.Confidence == Confidence.Strong
            && indicator.FormLevel1?.Name != IndicatorFramework.Benefit);

    /// <summary>A total amount (万元, 元), not a per-unit standard (元/人).</summary>
    public static bool IsTotalAmount(string? unit) => unit is "万元" or "元" or "亿元" or "千元";
}
