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
        if (sheet.BudgetWan is not { } budget || budget <= 0)
        {
            return;
        }

        decimal? limitRead = null;
        foreach (var row in sheet.Rows)
        {
            if (Standard.Read(row.Indicator.Value) is not { } standard || Count(sheet, standard.Per) is not { } count)
            {
                continue;
            }

            var total = standard.PerUnitWan * count.Number * standard.Periods;
            var limit = limitRead ??= budget * (1 + (findings.Parameter("tolerancePercent") / 100m));
            if (total <= limit)
            {
                continue;
            }

            findings.Report(sheet, row.Indicator, Words.With((standard, count.Row, total, budget)), "数量×标准");
        }
    }

    private static readonly Wording<(Standard Standard, Indicator Count, decimal Total, decimal Budget)> Words = new(
        static (f, a) =>
        {
            var periods = a.Standard.Periods > 1 ? string.Create(CultureInfo.InvariantCulture, $" × {a.Standard.Periods}个月") : "";
            return string.Create(CultureInfo.InvariantCulture,
                $"按“{f.Indicator!.Name}” {f.Indicator.Value.Raw} × “{a.Count.Name}” {a.Count.Value.Raw}{periods} 测算需 {a.Total:0.00}万元，超过本表预算 {a.Budget:0.00}万元");
        },
        static (_, a) => string.Create(CultureInfo.InvariantCulture,
            $"核对补助数量、标准和预算：本表预算按此标准只够约 {Math.Floor(a.Budget / (a.Standard.PerUnitWan * a.Standard.Periods)):0}{a.Standard.Per}；若其余资金来自其他渠道（如上级补助），在资金来源中写明"));

    /// <summary>The smallest count target in the unit the standard is per (人 for 元/人/月).</summary>
    private static (Indicator Row, decimal Number)? Count(SheetContext sheet, string per)
    {
        (Indicator Row, decimal Number)? best = null;
        var counted = Standard.Counted(per);
        foreach (var facts in sheet.Rows)
        {
            var value = facts.Indicator.Value;
            var inUnit = value.Unit == per || (value.Unit is null && facts.Indicator.Name.Contains(counted, StringComparison.Ordinal));
            if (inUnit && value.Number is { } n && n > 0 && value.Sign is not (Sign.LessOrEqual or Sign.Less) && (best is null || n < best.Value.Number))
            {
                best = (facts.Indicator, n);
            }
        }

        return best;
    }

    /// <summary>A money amount per unit: 2004元/人/月 → 0.2004万元 per 人, 12 periods a year.</summary>
    private readonly record struct Standard(decimal PerUnitWan, string Per, int Periods)
    {
        public static Standard? Read(TargetValue value)
        {
            // A unit with a “per” first: most rows' units (人, %, 万元) have none, told before the number is compared.
            if (value.Unit is not { } unit || !HasPer(unit) || value.Number is not { } number || number <= 0 || value.Sign is Sign.GreaterOrEqual or Sign.Greater)
            {
                return null;
            }

            var span = unit.AsSpan();

            // The unit's parts between / and · (trimmed, empty ones skipped): the first is the money, a later
            // one the unit it is per (the first of 人, 户, …), and 月 among them makes it monthly.
            string? money = null;
            string? per = null;
            var monthly = false;
            while (!span.IsEmpty)
            {
                var end = span.IndexOfAny('/', '·');
                var part = (end < 0 ? span : span[..end]).Trim();
                span = end < 0 ? default : span[(end + 1)..];
                if (part.IsEmpty)
                {
                    continue;
                }

                if (money is null)
                {
                    money = MoneyUnit(part);
                    if (money is null)
                    {
                        return null; // not an amount of money per something
                    }

                    continue;
                }

                per ??= PerUnit(part);
                monthly |= part is "月";
            }

            return per is null || money is null || CostOverBudgetRule.AmountWan(number, money) is not { } wan
                ? null
                : new Standard(wan, per, monthly ? 12 : 1);
        }

        /// <summary>Whether the unit holds a / or ·: a loop over a unit's few characters, not a vectorised search.</summary>
        private static bool HasPer(string unit)
        {
            foreach (var c in unit)
            {
                if (c is '/' or '·')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The money unit a part is, as the text <see cref="CostOverBudgetRule.AmountWan"/> reads; null for any other.</summary>
        private static string? MoneyUnit(ReadOnlySpan<char> part) => part switch
        {
            "万元" => "万元",
            "元" => "元",
            "千元" => "千元",
            "亿元" => "亿元",
            _ => null,
        };

        /// <summary>The unit a standard may be per; null for any other part.</summary>
        private static string? PerUnit(ReadOnlySpan<char> part) => part switch
        {
            "人" => "人",
            "户" => "户",
            "个" => "个",
            "次" => "次",
            "人次" => "人次",
            "名" => "名",
            "家" => "家",
            _ => null,
        };

        /// <summary>How a name counts the unit a standard is per (人 → 人数), without building the word per row.</summary>
        public static string Counted(string per) => per switch
        {
            "人" => "人数",
            "户" => "户数",
            "个" => "个数",
            "次" => "次数",
            "人次" => "人次数",
            "名" => "名数",
            "家" => "家数",
            _ => per + "数",
        };
    }
}
