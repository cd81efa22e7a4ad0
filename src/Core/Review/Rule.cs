namespace Jixiao.Core.Review;

/// <summary>
/// One check a reviewer makes. Rules are small and stateless; they report through a
/// <see cref="FindingSink"/> and never throw on bad data (bad data is what they look for). A rule
/// that throws anyway is reported by the engine as a finding of its own.
/// </summary>
public abstract class Rule
{
    public abstract RuleInfo Info { get; }
}

/// <summary>A rule that looks at one indicator at a time; the engine walks the rows.</summary>
public abstract class IndicatorRule : Rule
{
    /// <summary>
    /// The row traits without which the rule reports nothing (all of them): the engine does not call
    /// <see cref="Check"/> on a row that lacks one. Each must be a necessary condition of a finding, as the rule's
    /// own first tests are; the rule keeps those tests, so the guard only spares calls. None by default: every row.
    /// </summary>
    public virtual RowTraits Needs => RowTraits.None;

    public abstract void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings);
}

/// <summary>A rule that looks at a whole sheet.</summary>
public abstract class SheetRule : Rule
{
    public abstract void Check(SheetContext sheet, FindingSink findings);
}

/// <summary>A rule that compares the sheets of one document.</summary>
public abstract class DocumentRule : Rule
{
    public abstract void Check(DocumentContext document, FindingSink findings);
}
