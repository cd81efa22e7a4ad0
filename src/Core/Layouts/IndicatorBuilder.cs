using System.Globalization;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Layouts;

/// <summary>Makes an indicator from its name cell and the cells after it, by the header's roles.</summary>
internal static class IndicatorBuilder
{
    public static Indicator Build(Cell name, string level1, string? level2, string? function, IReadOnlyList<Cell> slots, IndicatorHeader header, bool absolute)
    {
        Cell? Slot(ColumnRole role)
        {
            var k = header.IndexOf(role);
            return k >= 0 && k < slots.Count && slots[k].Text.Length > 0 ? slots[k] : null;
        }

        var value = Slot(ColumnRole.Value) ?? (header.IndexOf(ColumnRole.Value) < 0 ? Slot(ColumnRole.PeriodValue) : null);
        if (value is null || CellText.IsFormula(value.Text))
        {
            // Shifted or garbled rows: the first cell that is not an explanation or formula.
            value = slots.FirstOrDefault(s => s.Text.Length > 0 && !CellText.IsFormula(s.Text) && (!absolute || value is null));
        }

        var period = header.IndexOf(ColumnRole.Value) >= 0 ? Slot(ColumnRole.PeriodValue) : null;
        return new Indicator
        {
            Level1 = level1,
            Level2 = level2,
            Name = CellText.IndicatorName(name.Text),
            Value = value is null ? TargetValue.Missing : WithUnitFromName(TargetValueParser.Parse(value.Text), name.Text),
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
