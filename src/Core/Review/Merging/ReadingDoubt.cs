using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Merging;

/// <summary>
/// Errors that are always right: a finding that rests on what the reader inferred rather than read
/// (the sheet's <see cref="TargetSheet.Assumptions"/>: a table split out of an outline, cells of a
/// damaged row placed by their content, an amount whose unit was guessed) or on a value that states
/// several quantities is at most a warning, and says which reading it rests on.
/// </summary>
internal static class ReadingDoubt
{
    public static List<Finding> Apply(List<Finding> findings, TargetSheet sheet)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if ((finding.Doubt ?? Of(finding, sheet)) is not { } doubt)
            {
                continue;
            }

            findings[i] = finding with
            {
                Severity = finding.Severity > Severity.Warning ? Severity.Warning : finding.Severity,
                Text = new DoubtText(finding, doubt),
                Doubt = doubt,
            };
        }

        return findings;
    }

    /// <summary>
    /// The finding's message with why it may be wrong after it (once: a message that says so already is kept), and
    /// its fix, composed when first read.
    /// </summary>
    private sealed class DoubtText(Finding finding, string doubt) : Wording
    {
        internal override string Message(Finding doubtful)
        {
            var note = Note(doubt);
            return finding.Message.EndsWith(note, StringComparison.Ordinal) ? finding.Message : finding.Message + note;
        }

        internal override string? Fix(Finding doubtful) => finding.Fix;
    }

    /// <summary>How a doubtful finding says why it may be wrong, after its message.</summary>
    internal static string Note(string doubt) => "（存疑：" + doubt + "，请先核对原表）";

    /// <summary>The reading the finding rests on that was guessed, or null when it was read plainly.</summary>
    internal static string? Of(Finding finding, TargetSheet sheet)
    {
        // By index: asked of every finding, and a foreach over the list made an enumerator each time.
        var assumptions = sheet.Assumptions;
        for (var i = 0; i < assumptions.Count; i++)
        {
            var assumption = assumptions[i];
            if (IsAboutMoney(assumption))
            {
                if (IsAboutMoney(finding))
                {
                    return assumption.Text;
                }

                continue;
            }

            if (assumption.Position == sheet.Position || AnyRowAtOrAfter(finding, assumption.Position))
            {
                return assumption.Text;
            }
        }

        // VAL-TWO-IN-ONE is about the several quantities themselves.
        // The rows' flag first: asked of every finding, and few rows state several quantities.
        if ((finding.Indicator?.Value.Has(ValueFlags.SeveralQuantities) == true || AnyRowWithSeveralQuantities(finding.Rows))
            && (finding.RuleId.StartsWith("VAL-", StringComparison.Ordinal) || IsAboutMoney(finding)) && finding.RuleId != "VAL-TWO-IN-ONE")
        {
            return "指标值写了不止一个数量，按第一个数量读取";
        }

        return null;
    }

    // Loops rather than LINQ over AllRows: asked of every finding on a sheet with assumptions, and a lambda over the
    // assumption, AllRows' one-row list and its enumerator were three objects per finding.
    private static bool AnyRowAtOrAfter(Finding finding, SourcePosition guessed)
    {
        if (finding.Rows.Count == 0)
        {
            return finding.Indicator is { } one && IsAtOrAfter(one.Position, guessed);
        }

        for (var i = 0; i < finding.Rows.Count; i++)
        {
            if (IsAtOrAfter(finding.Rows[i].Position, guessed))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyRowWithSeveralQuantities(IReadOnlyList<Indicator> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Value.Has(ValueFlags.SeveralQuantities))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAboutMoney(Finding finding) =>
        finding.RuleId.StartsWith("MNY-", StringComparison.Ordinal) || finding.RuleId == "STR-HEADER-BUDGET";

    private static bool IsAboutMoney(Assumption assumption) =>
        assumption.Text.Contains("金额", StringComparison.Ordinal) && assumption.Text.Contains("单位", StringComparison.Ordinal);

    /// <summary>A row at or after the guessed one, in the same part of the source ("本行起各值按内容归入…").</summary>
    private static bool IsAtOrAfter(SourcePosition row, SourcePosition guessed) =>
        string.Equals(row.Part, guessed.Part, StringComparison.Ordinal) && row.Row >= guessed.Row;
}
