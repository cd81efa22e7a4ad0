using System.Globalization;
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
        if (sheet.Indicators.Count == 0 || !GoalFacts.MayStateQuantity(sheet.Sheet.Goals) || sheet.GoalFacts.All.Length == 0
            || Rules.Structure.IncompleteTableRule.IsCut(sheet))
        {
            return;
        }

        List<(Goal Goal, string Clause, string Quantity)>? missing = null; // most sheets have none
        Span<char> number = stackalloc char[64];
        var goals = sheet.Sheet.Goals;
        for (var g = 0; g < goals.Count; g++)
        {
            var goal = goals[g];
            foreach (var quantity in sheet.GoalFacts.Quantities(g))
            {
                if (!IsCountUnit(quantity.Unit) || CarriedValue(sheet.Rows, quantity.Number))
                {
                    continue;
                }

                // ValueText.Number's form, written without a string: most numbers are found in some row's text.
                var written = number[..Format(quantity.Number, number)];
                if (CarriedText(sheet.Rows, written) || Listed(missing, written, quantity.Unit))
                {
                    continue;
                }

                (missing ??= []).Add((goal, GoalText.Clause(goal.Text, quantity.Start, quantity.End).Trim(), string.Concat(written, quantity.Unit)));
            }
        }

        if (missing is null)
        {
            return; // not `missing ?? []`: that allocates an empty list for every sheet with nothing missing
        }

        foreach (var (goal, clause, quantity) in missing)
        {
            findings.Report(sheet, goal.Position, Words.With((clause, quantity)), quantity);
        }
    }

    private static readonly Wording<(string Clause, string Quantity)> Words = new(
        static (_, a) => $"目标“{a.Clause}”中的 {a.Quantity} 没有对应的绩效指标",
        static (_, a) => $"在数量指标下设置承接该目标的指标，指标值与目标一致（如 ≥{a.Quantity}）");

    /// <summary>The number as <see cref="ValueText.Number"/> writes it (at most 30 characters); returns its length.</summary>
    private static int Format(decimal value, Span<char> into)
    {
        // A whole number (most) as ValueText.Number writes it too: without the custom format, which is parsed per call.
        _ = value.Scale == 0 && value != 0m
            ? value.TryFormat(into, out var length, default, CultureInfo.InvariantCulture)
            : value.TryFormat(into, out length, "0.############", CultureInfo.InvariantCulture);
        return length;
    }

    private static bool Listed(List<(Goal Goal, string Clause, string Quantity)>? missing, ReadOnlySpan<char> number, string unit)
    {
        if (missing is null)
        {
            return false;
        }

        foreach (var m in missing)
        {
            if (m.Quantity.Length == number.Length + unit.Length && m.Quantity.AsSpan().StartsWith(number) && m.Quantity.AsSpan(number.Length).SequenceEqual(unit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts only: not %, money, years or durations.</summary>
    private static bool IsCountUnit(string unit) =>
        unit is not ("%" or "月" or "日" or "天" or "年" or "周" or "小时" or "个月" or "年度") && !unit.Contains('元', StringComparison.Ordinal);

    private static bool CarriedValue(IndicatorFacts[] rows, decimal number)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r].Indicator;
            if (row.Value.Number == number || row.PeriodValue?.Number == number)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CarriedText(IndicatorFacts[] rows, ReadOnlySpan<char> number)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r].Indicator;
            if (ContainsNumber(row.Value.Raw, number) || ContainsNumber(row.Name, number))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number as a whole number in the text: 50 in “≥50个”, not in “≤500元”.</summary>
    private static bool ContainsNumber(string? text, ReadOnlySpan<char> number)
    {
        if (text is null)
        {
            return false;
        }

        for (var at = text.AsSpan().IndexOf(number); at >= 0;)
        {
            var end = at + number.Length;
            if ((at == 0 || !IsNumberChar(text[at - 1])) && (end >= text.Length || !IsNumberChar(text[end])))
            {
                return true;
            }

            var next = text.AsSpan(at + 1).IndexOf(number);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c == '.';
}
