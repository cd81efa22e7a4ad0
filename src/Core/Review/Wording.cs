namespace Jixiao.Core.Review;

/// <summary>
/// How a finding is worded, composed when its <see cref="Finding.Message"/> or <see cref="Finding.Fix"/> is first
/// read rather than when the rule reports it: a review makes tens of thousands of findings, and most of their text
/// is never read by whoever asked only how many there are, how severe, or on which rows (docs/decisions/024).
/// A rule's wording reads what the finding holds that no merge step changes (<see cref="Finding.Sheet"/>,
/// <see cref="Finding.Indicator"/>, <see cref="Finding.Cause"/>) and, for what the rule computed, its own arguments
/// (<see cref="Wording{TArgs}"/>).
/// </summary>
public abstract class Wording
{
    private protected Wording()
    {
    }

    internal abstract string Message(Finding finding);

    internal abstract string? Fix(Finding finding);

    /// <summary>A wording read from the finding's own row, sheet and cause: one instance per rule, nothing made per finding.</summary>
    public static Wording Of(Func<Finding, string> message, Func<Finding, string?> fix) => new FromFinding(message, fix);

    /// <summary>As <see cref="Of(Func{Finding, string}, Func{Finding, string?})"/>, with a fix that is the same for every finding.</summary>
    public static Wording Of(Func<Finding, string> message, string? fix) => new FromFinding(message, _ => fix);

    private sealed class FromFinding(Func<Finding, string> message, Func<Finding, string?> fix) : Wording
    {
        internal override string Message(Finding finding) => message(finding);

        internal override string? Fix(Finding finding) => fix(finding);
    }
}

/// <summary>
/// A wording that also reads what the rule computed while checking (an amount, the sign the row should have),
/// kept as typed arguments until the text is read: one small object per finding instead of its formatted text.
/// </summary>
public sealed class Wording<TArgs>(Func<Finding, TArgs, string> message, Func<Finding, TArgs, string?> fix)
{
    private readonly Func<Finding, TArgs, string> message = message;
    private readonly Func<Finding, TArgs, string?> fix = fix;

    /// <summary>As the constructor, with a fix that is the same for every finding.</summary>
    public Wording(Func<Finding, TArgs, string> message, string? fix)
        : this(message, (_, _) => fix)
    {
    }

    /// <summary>This wording with the arguments of one finding.</summary>
    public Wording With(TArgs args) => new Bound(this, args);

    private sealed class Bound(Wording<TArgs> text, TArgs args) : Wording
    {
        internal override string Message(Finding finding) => text.message(finding, args);

        internal override string? Fix(Finding finding) => text.fix(finding, args);
    }
}
