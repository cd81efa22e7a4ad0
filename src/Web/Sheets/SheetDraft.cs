using System.Collections.Immutable;
using System.Globalization;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Web.Sheets;

/// <summary>
/// A sheet as someone is editing it: every field as entered (text, so a half-typed number is kept and
/// explained rather than lost). <see cref="SheetEdits.Check"/> turns it into a <see cref="TargetSheet"/>
/// and the errors that keep it from being saved. Immutable, so an undo step is one reference.
/// </summary>
public sealed record SheetDraft
{
    public string? Title { get; init; }

    public string? Department { get; init; }

    public string? Year { get; init; }

    public string? Project { get; init; }

    public string? Code { get; init; }

    public string? BudgetWan { get; init; }

    /// <summary>The goals, or null to keep the stored ones (an API body without <c>goals</c>).</summary>
    public ImmutableList<GoalDraft>? Goals { get; init; }

    public ImmutableList<IndicatorDraft> Indicators { get; init; } = [];

    /// <summary>The draft of a stored sheet: each row and goal remembers which stored one it came from.</summary>
    public static SheetDraft Of(TargetSheet sheet) => new()
    {
        Title = sheet.Title,
        Department = sheet.Department,
        Year = sheet.FiscalYear?.ToString(CultureInfo.InvariantCulture),
        Project = sheet.ProjectName,
        Code = sheet.ProjectCode,
        BudgetWan = sheet.Budget?.TotalWan?.ToString("0.##########", CultureInfo.InvariantCulture),
        Goals = [.. sheet.Goals.Select((g, i) => new GoalDraft(g.Term, g.Text, i))],
        Indicators = [.. sheet.Indicators.Select((indicator, i) => IndicatorDraft.Of(indicator, i))],
    };
}

/// <summary>One goal being edited; <see cref="Origin"/> is the stored goal's index, null for a new one.</summary>
public sealed record GoalDraft(GoalTerm Term, string? Text, int? Origin = null);

/// <summary>One indicator row being edited; <see cref="Origin"/> is the stored row's index, null for a new row.</summary>
public sealed record IndicatorDraft(string? Level1, string? Level2, string? Name, ValueDraft Value, int? Origin = null)
{
    public static IndicatorDraft Empty { get; } = new(null, null, null, ValueDraft.Empty);

    public static IndicatorDraft Of(Indicator indicator, int? origin) =>
        new(indicator.Level1, indicator.Level2, indicator.Name, ValueDraft.Of(indicator.Value), origin);
}

/// <summary>
/// 指标值 as entered: a sign (≥ ≤ = &gt; &lt; ≈ or none), a number and a unit, or — when
/// <see cref="Qualitative"/> — a text such as 健全 or 较满意.
/// </summary>
public sealed record ValueDraft(bool Qualitative, string? Sign, string? Number, string? Unit, string? Text)
{
    public static ValueDraft Empty { get; } = new(false, null, null, null, null);

    /// <summary>The signs offered, as the form writes them.</summary>
    public static IReadOnlyList<string> Signs { get; } = ["≥", "≤", "=", ">", "<", "≈"];

    public static ValueDraft Of(TargetValue value) => value.IsQualitative || value.Number is null
        ? new ValueDraft(true, null, null, null, value.Raw)
        : new ValueDraft(false, value.Sign == Core.Targets.Sign.None ? null : TargetValueParser.SignSymbol(value.Sign), value.Number.Value.ToString("0.############################", CultureInfo.InvariantCulture), value.Unit, null);

    /// <summary>A sign from its symbol (≥) or its contract code (&gt;=); null when it is neither.</summary>
    public static Sign? SignOf(string? text) => text?.Trim() switch
    {
        null or "" => Core.Targets.Sign.None,
        "≥" or ">=" or "＞=" => Core.Targets.Sign.GreaterOrEqual,
        "≤" or "<=" => Core.Targets.Sign.LessOrEqual,
        "=" or "＝" => Core.Targets.Sign.Equal,
        ">" or "＞" => Core.Targets.Sign.Greater,
        "<" or "＜" => Core.Targets.Sign.Less,
        "≈" or "~" => Core.Targets.Sign.Approximately,
        _ => null,
    };
}
