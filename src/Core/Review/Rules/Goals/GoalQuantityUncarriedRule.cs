using Jixiao.Core.Review.Rules.Values;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// GOAL-QUANTITY-UNCARRIED: a goal promises a quantity (新增50个岗位, 培训200人) that no indicator
/// carries — no value, 实施周期 value or name repeats the number. Percentages, money, years and
/// durations are left out; a quantity an indicator contradicts is GOAL-INDICATOR-CONFLICT.
/// </summary>
public sealed class GoalQuantityUncarriedRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "GOAL-QUANTITY-UNCARRIED", "目标中的数量没有对应指标", Severity.Warning, RuleFamily.Goals,
        "绩效指标是绩效目标的细化；目标承诺的数量没有指标承接，年末自评时这项承诺就无人考核。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (sheet.Indicators.Count == 0 || Rules.Structure.IncompleteTableRule.IsCut(sheet))
        {
            return;
        }

        List<(Goal Goal, string Clause, string Quantity)>? missing = null; // most sheets have none
        for (var g = 0; g < sheet.Sheet.Goals.Count; g++)
        {
            var goal = sheet.Sheet.Goals[g];
            foreach (var quantity in sheet.GoalFacts.Quantities(g))
            {
                if (!IsCountUnit(quantity.Unit))
                {
                    continue;
                }

                var number = ValueText.Number(quantity.Number);
                if (Carried(sheet, quantity.Number, number))
                {
                    continue;
                }

                var written = number + quantity.Unit;
                if (Listed(missing, written))
                {
                    continue;
                }

                (missing ??= []).Add((goal, GoalText.Clause(goal.Text, quantity.Start, quantity.End).Trim(), written));
            }
        }

        foreach (var (goal, clause, quantity) in missing ?? [])
        {
            findings.Report(sheet, goal.Position,
                $"目标“{clause}”中的 {quantity} 没有对应的绩效指标",
                $"在数量指标下设置承接该目标的指标，指标值与目标一致（如 ≥{quantity}）",
                quantity);
        }
    }

    private static bool Listed(List<(Goal Goal, string Clause, string Quantity)>? missing, string written)
    {
        foreach (var m in missing ?? [])
        {
            if (m.Quantity == written)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts only: not %, money, years or durations.</summary>
    private static bool IsCountUnit(string unit) =>
        unit is not ("%" or "月" or "日" or "天" or "年" or "周" or "小时" or "个月" or "年度") && !unit.Contains('元', StringComparison.Ordinal);

    private static bool Carried(SheetContext sheet, decimal number, string text)
    {
        foreach (var facts in sheet.Indicators)
        {
            var row = facts.Indicator;
            if (row.Value.Number == number || row.PeriodValue?.Number == number
                || ContainsNumber(row.Value.Raw, text) || ContainsNumber(row.Name, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number as a whole number in the text: 50 in “≥50个”, not in “≤500元”.</summary>
    private static bool ContainsNumber(string? text, string number)
    {
        if (text is null)
        {
            return false;
        }

        for (var at = text.IndexOf(number, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            var end = at + number.Length;
            if ((at == 0 || !IsNumberChar(text[at - 1])) && (end >= text.Length || !IsNumberChar(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c == '.';
}
