using Jixiao.Core.Review.Rules.Goals;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// VAL-DESCRIPTION-CONFLICT: the 指标解释 states the target in the value's unit with another number
/// (解释 “补贴发放准确率达到100%”, 指标值 ≥95%). Numbers of a formula (×100%) are not targets.
/// </summary>
public sealed class DescriptionConflictRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.Number | RowTraits.Unit | RowTraits.Described;

    public override RuleInfo Info { get; } = new(
        "VAL-DESCRIPTION-CONFLICT", "指标值与指标解释不一致", Severity.Warning, RuleFamily.Values,
        "指标解释说明指标的含义和目标；解释中写的数值与指标值不同，批复后按哪个考核说不清，其中一个必有错。");

    [ThreadStatic]
    private static List<GoalQuantity>? quantitiesScratch;

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var row = indicator.Indicator;
        if (row.Value.Number is not { } number || row.Value.Unit is not { Length: > 0 } unit || row.Description is not { Length: > 2 } description
            || description.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return;
        }

        // A quantity in the value's unit writes that unit right after its number (％ read as %): a description
        // without it there has none to compare (人 of 受益人数 is no quantity), and is not read at all.
        if (!FollowsNumber(description, unit) && !(unit == "%" && FollowsNumber(description, "％")))
        {
            return;
        }

        var quantities = quantitiesScratch ??= [];
        quantities.Clear();
        GoalText.Quantities(description, quantities);
        var count = 0;
        var one = default(GoalQuantity);
        foreach (var q in quantities)
        {
            if (string.Equals(q.Unit, unit, StringComparison.Ordinal) && !IsFormula(description, q.Start))
            {
                one = q;
                count++;
            }
        }

        if (count != 1 || one.Number == number)
        {
            return; // none, one that agrees, or several (a range or a breakdown): nothing certain to compare
        }

        findings.Report(sheet, row, Words.With(ValueText.Number(one.Number) + unit));
    }

    private static readonly Wording<string> Words = new(
        static (f, said) => $"“{f.Indicator!.Name}”的指标值 {f.Indicator.Value.Raw} 与指标解释中的 {said} 不一致",
        static (f, said) => $"核对后统一：指标值改为 {Sign(f.Indicator!.Value.Sign)}{said}，或改写指标解释");

    /// <summary>Whether the unit is written somewhere after a number's last digit, spaces between, as GoalText reads a quantity.</summary>
    private static bool FollowsNumber(string text, string unit)
    {
        for (var at = text.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = text.IndexOf(unit, at + 1, StringComparison.Ordinal))
        {
            var i = at - 1;
            while (i >= 0 && text[i] == ' ')
            {
                i--;
            }

            if (i >= 0 && char.IsAsciiDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number right after ×, *, x or / is part of a formula (…×100%).</summary>
    private static bool IsFormula(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && text[i] is '×' or '*' or 'x' or 'X' or '/' or '÷';
    }

    private static string Sign(Sign sign) => sign switch
    {
        Targets.Sign.GreaterOrEqual => "≥",
        Targets.Sign.Greater => ">",
        Targets.Sign.LessOrEqual => "≤",
        Targets.Sign.Less => "<",
        Targets.Sign.Equal => "=",
        _ => "",
    };
}
