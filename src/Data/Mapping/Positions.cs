using Jixiao.Core.Targets;

namespace Jixiao.Data.Mapping;

/// <summary>Columns that hold a <see cref="SourcePosition"/> hold its text (L12:C3, 表2!C12#1).</summary>
internal static class Positions
{
    public static string Text(SourcePosition position) => position.ToString();

    public static string? Text(SourcePosition? position) => position?.ToString();

    public static SourcePosition Read(string text) => SourcePosition.Parse(text);

    public static SourcePosition? ReadOptional(string? text) => text is null ? null : SourcePosition.Parse(text);

    public static Money? Money(decimal? amount, MoneyUnit? unit) =>
        amount is { } a ? new Money(a, unit ?? MoneyUnit.Wan) : null;
}
