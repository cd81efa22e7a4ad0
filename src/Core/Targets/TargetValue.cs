namespace Jixiao.Core.Targets;

/// <summary>计算符号: the comparison a target value states.</summary>
public enum Sign
{
    None,
    GreaterOrEqual,
    Greater,
    Equal,
    LessOrEqual,
    Less,
    Approximately,
}

/// <summary>What the parser understood about a value beyond sign, number and unit.</summary>
[Flags]
public enum ValueFlags
{
    None = 0,

    /// <summary>A bare 1 or 0.6 where the name suggests a rate: probably 100% / 60% from Excel.</summary>
    ProbablyRatio = 1,

    /// <summary>A deadline or period (12月底之前, ≤12月份, 年底完成).</summary>
    TimeTarget = 2,

    /// <summary>The text could not be understood; it is kept as written and not guessed.</summary>
    Unclear = 4,

    /// <summary>A template stub or placeholder (≥**%, XX).</summary>
    Placeholder = 8,

    /// <summary>The text states more than one quantity; sign, number and unit describe the first.</summary>
    SeveralQuantities = 16,

    /// <summary>The cell is missing (the text was cut off).</summary>
    Missing = 32,
}

/// <summary>
/// 指标值: a target value stored structured. <see cref="Raw"/> is the text as written (LaTeX
/// rendered, a sign from its own cell joined); the rest is what it means.
/// </summary>
public sealed record TargetValue(string? Raw, Sign Sign, decimal? Number, string? Unit, bool IsQualitative, ValueFlags Flags)
{
    public static readonly TargetValue Missing = new(null, Sign.None, null, null, false, ValueFlags.Missing);

    public bool Has(ValueFlags flag) => (Flags & flag) == flag;

    /// <summary>The qualitative text (健全, 是, 较满意…), or null for a numeric target.</summary>
    public string? Text => IsQualitative ? Raw : null;
}
