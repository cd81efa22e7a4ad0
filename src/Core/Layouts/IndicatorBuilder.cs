using System.Globalization;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Layouts;

/// <summary>Makes an indicator from its name cell and the cells after it, by the header's roles.</summary>
internal static class IndicatorBuilder
{
    public static Indicator Build(Cell name, string level1, string? level2, string? function, IReadOnlyList<Cell> slots, IndicatorHeader header, bool absolute, Cell? annual = null)
    {
        Cell? Slot(ColumnRole role)
        {
            var k = header.IndexOf(role);
            return k >= 0 && k < slots.Count && slots[k].Text.Length > 0 ? slots[k] : null;
        }

        var value = Slot(ColumnRole.Value) ?? (header.IndexOf(ColumnRole.Value) < 0 ? Slot(ColumnRole.PeriodValue) : null);
        if (value is null || CellText.IsFormula(value.Text))
        {
            // Shifted or garbled rows: the first cell that is not a sign, unit, explanation or formula.
            value = slots.Where((s, k) => s.Text.Length > 0 && !CellText.IsFormula(s.Text) && !IsAuxiliary(header, k)).FirstOrDefault();
        }

        var period = header.IndexOf(ColumnRole.Value) >= 0 ? Slot(ColumnRole.PeriodValue) : null;
        if (annual is { Text.Length: > 0 } && !ReferenceEquals(annual, value))
        {
            // 中期 | 年度 halves: the year's value is the value, the 中期 one the period value.
            period = value;
            value = annual;
        }

        var unitText = Slot(ColumnRole.Unit)?.Text.Trim();
        var valueText = value is null ? null : Compose(SignSlot(header, slots)?.Text, value.Text, unitText);
        var parsed = valueText is null ? TargetValue.Missing : TargetValueParser.Parse(valueText);
        if (value is not null && unitText is { Length: > 0 } && parsed.Number is not null && ColumnFit.IsUnit(unitText)
            && TargetValueParser.Parse(value.Text).Unit is null && !string.Equals(parsed.Unit, unitText, StringComparison.Ordinal))
        {
            // The unit column's text is the unit as written (人数, not the 人 a parser reads off 80人数).
            parsed = parsed with { Unit = unitText };
        }

        return new Indicator
        {
            Level1 = level1,
            Level2 = level2,
            Name = CellText.IndicatorName(name.Text),
            Value = valueText is null ? TargetValue.Missing : WithUnitFromName(parsed, name.Text),
            PeriodValue = period is null ? null : TargetValueParser.Parse(period.Text),
            Description = Other(Slot(ColumnRole.Description), value),
            Formula = Other(Slot(ColumnRole.Formula), value),
            Basis = Other(Slot(ColumnRole.Basis), value),
            LastYearValue = Other(Slot(ColumnRole.LastYear), value),
            Weight = Slot(ColumnRole.Weight) is { } w && decimal.TryParse(w.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var weight) ? weight : null,
            Function = function,
            Position = name.Position,
            ValuePosition = value?.Position,
        };
    }

    /// <summary>The sign among the sign-like columns (指标性质 may say 正向 while 指标方向 says 大于等于).</summary>
    private static Cell? SignSlot(IndicatorHeader header, IReadOnlyList<Cell> slots)
    {
        Cell? first = null;
        for (var k = 0; k < header.After.Count && k < slots.Count; k++)
        {
            if (header.After[k].Role != ColumnRole.Sign || slots[k].Text.Length == 0)
            {
                continue;
            }

            if (TargetValueParser.IsSignOnly(slots[k].Text))
            {
                return slots[k];
            }

            first ??= slots[k];
        }

        return first;
    }

    private static bool IsAuxiliary(IndicatorHeader header, int slot) =>
        slot < header.After.Count && header.After[slot].Role is ColumnRole.Sign or ColumnRole.Unit or ColumnRole.Weight or ColumnRole.Basis;

    /// <summary>
    /// The value as written across its columns: a sign column (计算符号 / 指标性质: ≥, 大于等于; 定性 adds
    /// nothing) before it and a unit column (度量单位) after it, as 预算管理一体化 exports lay them out.
    /// </summary>
    private static string Compose(string? sign, string value, string? unit)
    {
        var text = value;
        if (sign is not null && TargetValueParser.IsSignOnly(sign) && !TargetValueParser.IsSignOnly(text[..1]) && TargetValueParser.Parse(text).Sign == Sign.None)
        {
            text = sign + text;
        }

        if (unit is not null && TargetValueParser.Parse(text) is { Number: not null, Unit: null })
        {
            text += unit;
        }

        return text;
    }

    /// <summary>A number without a unit takes the unit the name declares in brackets: 执法巡查覆盖辖区数量（个） 10 → 10个.</summary>
    public static TargetValue WithUnitFromName(TargetValue value, string name)
    {
        if (value.Number is null || value.Unit is not null)
        {
            return value;
        }

        var n = TextFold.Fold(name.Trim());
        var open = n.LastIndexOf('(');
        if (open < 0 || !n.EndsWith(')'))
        {
            return value;
        }

        var unit = n[(open + 1)..^1];
        return Units.KnownPrefix(unit) == unit ? value with { Unit = unit, Flags = value.Flags & ~ValueFlags.ProbablyRatio } : value;
    }

    private static string? Other(Cell? cell, Cell? value) => cell is null || ReferenceEquals(cell, value) ? null : cell.Text;
}
