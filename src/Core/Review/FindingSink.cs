using Jixiao.Core.Targets;

namespace Jixiao.Core.Review;

/// <summary>
/// Where a rule reports what it found. Bound to one rule at a time: it stamps the rule's id, the
/// severity the rule set gives it and its reason, and answers the rule's thresholds.
/// </summary>
public sealed class FindingSink
{
    private readonly List<Finding> findings;
    private Rule rule = null!;
    private RuleSettings settings = null!;

    // The bound rule's id and reason, read once per rule rather than through its virtual Info per finding.
    private string ruleId = null!;
    private string why = null!;
    private ulong ruleBit;

    internal FindingSink(List<Finding> findings) => this.findings = findings;

    internal void Bind(Rule current, RuleSettings currentSettings)
    {
        rule = current;
        settings = currentSettings;
        ruleId = current.Info.Id;
        why = current.Info.Why;
        ruleBit = Merging.Supersession.Stamp(ruleId);
    }

    /// <summary>The threshold as the rule set gives it, else its default.</summary>
    public decimal Parameter(string name) => settings.Parameter(rule.Info, name);

    /// <summary>
    /// Reports a finding on one indicator row; <paramref name="cause"/> tells apart defects of one rule;
    /// <paramref name="newValue"/> is the value the fix gives the row, when the fix is mechanical.
    /// </summary>
    public void Report(SheetContext sheet, Indicator indicator, string message, string? fix, string? cause = null, string? newValue = null) =>
        findings.Add(new Finding(ruleId, settings.Severity, sheet.Sheet, indicator, indicator.ValuePosition ?? indicator.Position, message, why, fix)
        {
            Cause = cause,
            ValueFixes = newValue is null ? [] : [new ValueFix(indicator, newValue)],
            RuleBit = ruleBit,
        });

    /// <summary>Reports a finding on a sheet, at the position given (a header field, the table).</summary>
    public void Report(SheetContext sheet, SourcePosition position, string message, string? fix, string? cause = null) =>
        findings.Add(new Finding(ruleId, settings.Severity, sheet.Sheet, null, position, message, why, fix) { Cause = cause, RuleBit = ruleBit });

    /// <summary>Reports a finding on the document as a whole (no single sheet is at fault).</summary>
    public void Report(SourcePosition position, string message, string? fix) =>
        findings.Add(new Finding(ruleId, settings.Severity, null, null, position, message, why, fix) { RuleBit = ruleBit });

    /// <summary>
    /// Reports a finding on one row whose defect is likely but not certain from the text (a floor
    /// where a cost ceiling is expected): at most a warning; the review adds why it may be wrong to the message.
    /// </summary>
    public void ReportDoubtful(SheetContext sheet, Indicator indicator, string message, string? fix, string doubt, string? cause = null, string? newValue = null) =>
        findings.Add(new Finding(ruleId, Min(settings.Severity, Severity.Warning), sheet.Sheet, indicator, indicator.ValuePosition ?? indicator.Position, message, why, fix)
        {
            Cause = cause,
            Doubt = doubt,
            ValueFixes = newValue is null ? [] : [new ValueFix(indicator, newValue)],
            RuleBit = ruleBit,
        });

    /// <summary>Reports a sheet-level finding whose defect is likely but not certain from the text: at most a warning.</summary>
    public void ReportDoubtful(SheetContext sheet, SourcePosition position, string message, string? fix, string doubt, string? cause = null) =>
        findings.Add(new Finding(ruleId, Min(settings.Severity, Severity.Warning), sheet.Sheet, null, position, message, why, fix)
        {
            Cause = cause,
            Doubt = doubt,
            RuleBit = ruleBit,
        });

    private static Severity Min(Severity a, Severity b) => a < b ? a : b;
}
