using Jixiao.Core.Targets;
using Jixiao.Data.Entities;

namespace Jixiao.Data.Mapping;

internal static class IndicatorMapper
{
    public static void Apply(Indicator indicator, IndicatorEntity e, int ordinal)
    {
        e.Ordinal = ordinal;
        e.Level1 = indicator.Level1;
        e.Level2 = indicator.Level2;
        e.PlacedUnder = indicator.PlacedUnder;
        e.Name = indicator.Name;
        var value = indicator.Value;
        (e.ValueRaw, e.ValueSign, e.ValueNumber, e.ValueUnit, e.ValueQualitative, e.ValueFlags) =
            (value.Raw, value.Sign, value.Number, value.Unit, value.IsQualitative, value.Flags);
        var period = indicator.PeriodValue;
        (e.PeriodRaw, e.PeriodSign, e.PeriodNumber, e.PeriodUnit, e.PeriodQualitative, e.PeriodFlags) =
            (period?.Raw, period?.Sign, period?.Number, period?.Unit, period?.IsQualitative, period?.Flags);
        e.Description = indicator.Description;
        e.Formula = indicator.Formula;
        e.Basis = indicator.Basis;
        e.LastYearValue = indicator.LastYearValue;
        e.Weight = indicator.Weight;
        e.Function = indicator.Function;
        e.Position = Positions.Text(indicator.Position);
        e.ValuePosition = Positions.Text(indicator.ValuePosition);
    }

    public static Indicator ToIndicator(IndicatorEntity e) => new()
    {
        Level1 = e.Level1,
        Level2 = e.Level2,
        PlacedUnder = e.PlacedUnder,
        Name = e.Name,
        Value = new TargetValue(e.ValueRaw, e.ValueSign, e.ValueNumber, e.ValueUnit, e.ValueQualitative, e.ValueFlags),
        PeriodValue = e.PeriodSign is { } sign
            ? new TargetValue(e.PeriodRaw, sign, e.PeriodNumber, e.PeriodUnit, e.PeriodQualitative ?? false, e.PeriodFlags ?? ValueFlags.None)
            : null,
        Description = e.Description,
        Formula = e.Formula,
        Basis = e.Basis,
        LastYearValue = e.LastYearValue,
        Weight = e.Weight,
        Function = e.Function,
        Position = Positions.Read(e.Position),
        ValuePosition = Positions.ReadOptional(e.ValuePosition),
    };
}
