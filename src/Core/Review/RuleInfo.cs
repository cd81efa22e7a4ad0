namespace Jixiao.Core.Review;

/// <summary>The families of domain.md §4; the id prefix of a rule names its family.</summary>
public enum RuleFamily
{
    /// <summary>STR: categories present and well nested, no duplicates, totals add up.</summary>
    Structure,

    /// <summary>CLS: the name says one category, the table another.</summary>
    Classification,

    /// <summary>VAL: sign, number and unit of each target value.</summary>
    Values,

    /// <summary>MNY: consistency with the budget.</summary>
    Money,

    /// <summary>DOC: consistency across the sheets of one document.</summary>
    Document,

    /// <summary>GOAL: the narrative goals.</summary>
    Goals,
}

/// <summary>Which framework versions a rule applies to.</summary>
[Flags]
public enum Frameworks
{
    V88 = 1,
    V101 = 2,
    All = V88 | V101,
}

/// <summary>A threshold a region may set for a rule, with its default.</summary>
public sealed record RuleParameter(string Name, decimal Default, string Description);

/// <summary>
/// What a rule is: a stable id (never reused), a Chinese title, its default severity, the framework
/// versions it applies to, why it matters, and the thresholds a region may change.
/// </summary>
public sealed record RuleInfo(
    string Id,
    string Title,
    Severity Severity,
    RuleFamily Family,
    string Why,
    Frameworks AppliesTo = Frameworks.All)
{
    public IReadOnlyList<RuleParameter> Parameters { get; init; } = [];
}
