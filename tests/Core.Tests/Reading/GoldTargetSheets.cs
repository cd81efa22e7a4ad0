using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Reading;

/// <summary>
/// A gold reading as the sheet Jixiao holds for it, to be written by the product's form writers
/// (Core/Export/Forms): department or project, the organisation, the budget and the indicator rows. A value's
/// sign or unit that the gold took from a column of its own is joined to the value, as the readers join them.
/// </summary>
public static class GoldTargetSheets
{
    private static readonly string[] SignSymbols = ["≥", "≤", "≧", "≦", ">=", "<=", "＞", "＜", "＝", ">", "<", "="];

    private static readonly string[] SignWords = ["不低于", "不少于", "不高于", "不超过", "大于", "小于", "等于", "以上", "以下", "以内", "达到", "≥", "≤"];

    public static TargetSheet Of(GoldSheet gold) => new()
    {
        Kind = gold.Department ? SheetKind.Department : SheetKind.Project,
        Department = gold.Unit,
        ProjectName = gold.Department ? null : gold.Project ?? "",
        Budget = gold.BudgetWan is { } wan ? new Budget { Total = Money.Wan(wan) } : null,
        Indicators = [.. gold.Rows.Select(Indicator)],
        Position = SourcePosition.Line(1),
    };

    private static Indicator Indicator(GoldRow row) => new()
    {
        Level1 = row.L1 ?? "",
        Level2 = row.L2,
        Name = row.L3,
        Value = row.Raw is null ? TargetValue.Missing : WithGoldUnit(TargetValueParser.Parse(Written(row)), row.Unit),
        Position = SourcePosition.Line(1),
    };

    /// <summary>The gold's unit where the text ends in it but reads as another (≥80人数 read as 人: the source had a unit column).</summary>
    private static TargetValue WithGoldUnit(TargetValue value, string? unit) =>
        unit is not null && value.Unit != unit && value.Raw is { } raw && raw.EndsWith(unit, StringComparison.Ordinal) ? value with { Unit = unit } : value;

    /// <summary>The value as one cell: a sign the gold has but the raw text lacks goes before it, a unit after a plain number.</summary>
    private static string Written(GoldRow row)
    {
        var value = row.Raw!.Trim();
        if (row.Op is { } op && !SignSymbols.Any(s => value.StartsWith(s, StringComparison.Ordinal)) && !SignWords.Any(w => value.Contains(w, StringComparison.Ordinal)))
        {
            value = (op switch { ">=" => "≥", "<=" => "≤", _ => op }) + value;
        }

        if (row.Unit is { } unit && !value.Contains(unit, StringComparison.Ordinal)
            && decimal.TryParse(value.TrimStart('≥', '≤', '>', '<', '=', '≈'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            value += unit;
        }

        return value;
    }
}
