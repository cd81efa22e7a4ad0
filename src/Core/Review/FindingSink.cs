using Jixiao.Core.Targets;

namespace Jixiao.Core.Review;

/// <summary>
/// Where a rule reports what it found. Bound to one rule at a time: it stamps the rule's id, the
/// severity the rule set gives it and its reason, and answers the rule's thresholds.
/// </summary>
public sealed class FindingSink
{
    private readonly List<Finding> findings;
    private Binding bound = null!;

    internal FindingSink(List<Finding> findings) => this.findings = findings;

    /// <summary>
    /// A rule with what its findings are stamped with, read once per engine rather than per sheet: its id, the
    /// severity the rule set gives it, its reason and its supersession bit (a lookup by id).
    /// </summary>
    internal sealed class Binding(Rule rule, RuleSettings settings)
    {
        public Rule Rule { get; } = rule;

        public RuleSettings Settings { get; } = settings;

        public string RuleId { get; } = rule.Info.Id;

        public string Why { get; } = rule.Info.Why;

        public Severity Severity { get; } = settings.Severity;

        public Frameworks AppliesTo { get; } = rule.Info.AppliesTo;

        public byte RuleStamp { get; } = Merging.Supersession.Stamp(rule.Info.Id);
    }

    internal void Bind(Binding binding) => bound = binding;

    /// <summary>The threshold as the rule set gives it, else its default.</summary>
    public decimal Parameter(string name) => bound.Settings.Parameter(bound.Rule.Info, name);

    /// <summary>
    /// Reports a finding on one indicator row; <paramref name="cause"/> tells apart defects of one rule;
    /// <paramref name="newValue"/> is the value the fix gives the row, when the fix is mechanical.
    /// </summary>
    public void Report(SheetContext sheet, Indicator indicator, string message, string? fix, string? cause = null, string? newValue = null) =>
        findings.Add(new Finding(bound.RuleId, bound.Severity, sheet.Sheet, indicator, indicator.ValuePosition ?? indicator.Position, message, bound.Why, fix)
        {
            Cause = cause,
            NewValue = newValue,
            RuleStamp = bound.RuleStamp,
        });

    /// <summary>Reports a finding on a sheet, at the position given (a header field, the table).</summary>
    public void Report(SheetContext sheet, SourcePosition position, string message, string? fix, string? cause = null) =>
        findings.Add(new Finding(bound.RuleId, bound.Severity, sheet.Sheet, null, position, message, bound.Why, fix) { Cause = cause, RuleStamp = bound.RuleStamp });

    /// <summary>Reports a finding on the document as a whole (no single sheet is at fault).</summary>
    public void Report(SourcePosition position, string message, string? fix) =>
        findings.Add(new Finding(bound.RuleId, bound.Severity, null, null, position, message, bound.Why, fix) { RuleStamp = bound.RuleStamp });

    /// <summary>
    /// Reports a finding on one row whose defect is likely but not certain from the text (a floor
    /// where a cost ceiling is expected): at most a warning; the review adds why it may be wrong to the message.
    /// </summary>
    public void ReportDoubtful(SheetContext sheet, Indicator indicator, string message, string? fix, string doubt, string? cause = null, string? newValue = null) =>
        findings.Add(new Finding(bound.RuleId, Min(bound.Severity, Severity.Warning), sheet.Sheet, indicator, indicator.ValuePosition ?? indicator.Position, message, bound.Why, fix)
        {
            Cause = cause,
            Doubt = doubt,
            NewValue = newValue,
            RuleStamp = bound.RuleStamp,
        });

    /// <summary>Reports a sheet-level finding whose defect is likely but not certain from the text: at most a warning.</summary>
    public void ReportDoubtful(SheetContext sheet, SourcePosition position, string message, string? fix, string doubt, string? cause = null) =>
        findings.Add(new Finding(bound.RuleId, Min(bound.Severity, Severity.Warning), sheet.Sheet, null, position, message, bound.Why, fix)
        {
            Cause = cause,
            Doubt = doubt,
            RuleStamp = bound.RuleStamp,
        });

    /// <summary>
    /// Reports a finding on one indicator row, worded when first read (<see cref="Wording"/>); <paramref name="cause"/>
    /// and <paramref name="newValue"/> as for the finding with its text given at once.
    /// </summary>
    public void Report(SheetContext sheet, Indicator indicator, Wording text, string? cause = null, string? newValue = null) =>
        findings.Add(new Finding(bound.RuleId, bound.Severity, sheet.Sheet, indicator, indicator.ValuePosition ?? indicator.Position, null!, bound.Why, null)
        {
            Text = text,
            Cause = cause,
            NewValue = newValue,
            RuleStamp = bound.RuleStamp,
        });

    /// <summary>Reports a finding on a sheet at the position given, worded when first read.</summary>
    public void Report(SheetContext sheet, SourcePosition position, Wording text, string? cause = null) =>
        findings.Add(new Finding(bound.RuleId, bound.Severity, sheet.Sheet, null, position, null!, bound.Why, null) { Text = text, Cause = cause, RuleStamp = bound.RuleStamp });

    /// <summary>Reports a sheet-level finding whose defect is likely but not certain from the text, worded when first read.</summary>
    public void ReportDoubtful(SheetContext sheet, SourcePosition position, Wording text, string doubt, string? cause = null) =>
        findings.Add(new Finding(bound.RuleId, Min(bound.Severity, Severity.Warning), sheet.Sheet, null, position, null!, bound.Why, null)
        {
            Text = text,
            Cause = cause,
            Doubt = doubt,
            RuleStamp = bound.RuleStamp,
        });

    /// <summary>Reports a finding on one row whose defect is likely but not certain from the text, worded when first read.</summary>
    public void ReportDoubtful(SheetContext sheet, Indicator indicator, Wording text, string doubt, string? cause = null, string? newValue = null) =>
        findings.Add(new Finding(bound.RuleId, Min(bound.Severity, Severity.Warning), sheet.Sheet, indicator, indicator.ValuePosition ?? indicator.Position, null!, bound.Why, null)
        {
            Text = text,
            Cause = cause,
            Doubt = doubt,
            NewValue = newValue,
            RuleStamp = bound.RuleStamp,
        });

    private static Severity Min(Severity a, Severity b) => a < b ? a : b;
}
