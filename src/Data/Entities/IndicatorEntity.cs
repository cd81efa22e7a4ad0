using Jixiao.Core.Targets;

namespace Jixiao.Data.Entities;

/// <summary>
/// A stored <see cref="Indicator"/>. The target value is kept structured (raw text, sign, number,
/// unit, qualitative, flags); the period value likewise, all of its columns null when the form
/// gives none (<see cref="PeriodSign"/> null).
/// </summary>
public sealed class IndicatorEntity : SheetPartEntity
{
    public required string Level1 { get; set; }

    public string? Level2 { get; set; }

    /// <summary>The level 1 the form's merged cell really places the row under, when it differs (see <see cref="Indicator.PlacedUnder"/>).</summary>
    public string? PlacedUnder { get; set; }

    public required string Name { get; set; }

    public string? ValueRaw { get; set; }

    public Sign ValueSign { get; set; }

    public decimal? ValueNumber { get; set; }

    public string? ValueUnit { get; set; }

    public bool ValueQualitative { get; set; }

    public ValueFlags ValueFlags { get; set; }

    public string? PeriodRaw { get; set; }

    public Sign? PeriodSign { get; set; }

    public decimal? PeriodNumber { get; set; }

    public string? PeriodUnit { get; set; }

    public bool? PeriodQualitative { get; set; }

    public ValueFlags? PeriodFlags { get; set; }

    public string? Description { get; set; }

    public string? Formula { get; set; }

    public string? Basis { get; set; }

    public string? LastYearValue { get; set; }

    public decimal? Weight { get; set; }

    public string? Function { get; set; }

    public required string Position { get; set; }

    public string? ValuePosition { get; set; }
}
