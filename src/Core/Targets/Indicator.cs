namespace Jixiao.Core.Targets;

/// <summary>
/// 绩效指标: one row of the indicator table. <see cref="Level1"/> and <see cref="Level2"/> are the
/// category texts as the form places them for this row (numbering stripped); whether the form
/// placed them well is for review to judge.
/// </summary>
public sealed record Indicator
{
    public required string Level1 { get; init; }

    public string? Level2 { get; init; }

    /// <summary>
    /// The level-1 cell the form really places this row under, when that differs from
    /// <see cref="Level1"/>: a level-2 category of another level 1 left under a merged cell
    /// (004: 社会效益指标 with a blank level-1 cell below 产出指标). Null when the form agrees.
    /// </summary>
    public string? PlacedUnder { get; init; }

    /// <summary>三级指标: the indicator's own name, without leading numbering.</summary>
    public required string Name { get; init; }

    /// <summary>指标值 (当年度指标值 where the form has both).</summary>
    public required TargetValue Value { get; init; }

    /// <summary>实施周期指标值, where the form gives one beside this year's value.</summary>
    public TargetValue? PeriodValue { get; init; }

    /// <summary>指标解释 / 绩效指标描述.</summary>
    public string? Description { get; init; }

    /// <summary>计算公式 (forms that combine it with the description put it in <see cref="Description"/>).</summary>
    public string? Formula { get; init; }

    /// <summary>指标值确定依据.</summary>
    public string? Basis { get; init; }

    /// <summary>上年度指标值或实际水平.</summary>
    public string? LastYearValue { get; init; }

    /// <summary>权重 / 分值.</summary>
    public decimal? Weight { get; init; }

    /// <summary>The 职能 / 核心职能 group, where the form groups indicators by function.</summary>
    public string? Function { get; init; }

    /// <summary>Where the row starts in the source.</summary>
    public required SourcePosition Position { get; init; }

    /// <summary>Where the value cell is.</summary>
    public SourcePosition? ValuePosition { get; init; }
}

/// <summary>A row of the source that could not be placed in the model; never dropped silently.</summary>
public sealed record UnplacedRow(SourcePosition Position, string Text, string Reason);

/// <summary>
/// Something the reader inferred rather than read (a category taken from a row name, a header
/// guessed, a value split out of a run-together cell): what a person should check.
/// </summary>
public sealed record Assumption(SourcePosition Position, string Text);
