using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Money;

/// <summary>
/// MNY-STANDARD-OVER-BUDGET: a unit standard (2004元/人/月, 5000元/人·年, 2万元/个) times the count it
/// applies to (享受补贴人数 ≥139人) comes to more than the sheet's budget. A warning: the budget may be
/// one source's share (县级配套), which the fix asks to state.
/// </summary>
public sealed class StandardOverBudgetRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "MNY-STANDARD-OVER-BUDGET", "数量与补助标准测算超过预算", Severity.Warning, RuleFamily.Money,
        "补助标准乘以补助数量就是所需资金；测算结果超过本表预算，说明数量、标准或预算至少有一个不实，目标批复后无法实现。")
    {
        Parameters = [new RuleParameter("tolerancePercent", 10m, "允许测算金额超出预算的比例（%），默认 10")],
    };

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (sheet.Sheet.Budget?.TotalWan is not { } budget || budget <= 0)
        {
            return;
        }

        var limit = budget * (1 + (findings.Parameter("tolerancePercent") / 100m));
        foreach (var row in sheet.Indicators)
        {
            if (Standard.Read(row.Indicator.Value) is not { } standard || Count(sheet, standard.Per) is not { } count)
            {
                continue;
            }

            var total = standard.PerUnitWan * count.Number * standard.Periods;
            if (total <= limit)
            {
                continue;
            }

            var periods = standard.Periods > 1 ? string.Create(CultureInfo.InvariantCulture, $" × {standard.Periods}个月") : "";
            findings.Report(sheet, row.Indicator,
                string.Create(CultureInfo.InvariantCulture,
                    $"按“{row.Indicator.Name}” {row.Indicator.Value.Raw} × “{count.Row.Name}” {count.Row.Value.Raw}{periods} 测算需 {total:0.00}万元，超过本表预算 {budget:0.00}万元"),
                string.Create(CultureInfo.InvariantCulture,
                    $"核对补助数量、标准和预算：本表预算按此标准只够约 {Math.Floor(budget / (standard.PerUnitWan * standard.Periods)):0}{standard.Per}；若其余资金来自其他渠道（如上级补助），在资金来源中写明"),
                "数量×标准");
        }
    }

    /// <summary>The smallest count target in the unit the standard is per (人 for 元/人/月).</summary>
    private static (Indicator Row, decimal Number)? Count(SheetContext sheet, string per)
    {
        (Indicator Row, decimal Number)? best = null;
        foreach (var facts in sheet.Indicators)
        {
            var value = facts.Indicator.Value;
            var inUnit = value.Unit == per || (value.Unit is null && facts.Indicator.Name.Contains(per + "数", StringComparison.Ordinal));
            if (inUnit && value.Number is { } n && n > 0 && value.Sign is not (Sign.LessOrEqual or Sign.Less) && (best is null || n < best.Value.Number))
            {
                best = (facts.Indicator, n);
            }
        }

        return best;
    }

    /// <summary>A money amount per unit: 2004元/人/月 → 0.2004万元 per 人, 12 periods a year.</summary>
    private sealed record Standard(decimal PerUnitWan, string Per, int Periods)
    {
        public static Standard? Read(TargetValue value)
        {
            if (value.Number is not { } number || number <= 0 || value.Unit is not { } unit || value.Sign is Sign.GreaterOrEqual or Sign.Greater)
            {
                return null;
            }

            if (unit.AsSpan().IndexOfAny('/', '·') < 0)
            {
                return null; // no “per”: not a standard (and no split of every unit)
            }

            var parts = unit.Replace('·', '/').Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var per = parts.Skip(1).FirstOrDefault(p => p is "人" or "户" or "个" or "次" or "人次" or "名" or "家");
            if (per is null || CostOverBudgetRule.AmountWan(number, parts[0]) is not { } wan)
            {
                return null;
            }

            return new Standard(wan, per, parts.Contains("月") ? 12 : 1);
        }
    }
}
