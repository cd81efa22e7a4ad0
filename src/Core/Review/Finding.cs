using Jixiao.Core.Targets;

namespace Jixiao.Core.Review;

/// <summary>
/// 审核意见: what a rule found, where, why it matters and how to fix it. <see cref="Sheet"/> is
/// null for a finding about the document as a whole (a 合计 that does not add up).
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    TargetSheet? Sheet,
    Indicator? Indicator,
    SourcePosition Position,
    string Message,
    string Why,
    string? Fix)
{
    private string? message = Message;
    private string? fix = Fix;
    private Wording? text;

    /// <summary>A stand-in for a fix not composed yet: null is a fix of its own (none).</summary>
    private static readonly string FixUnread = new('\0', 1);

    /// <summary>
    /// The message and fix composed on first read (a rule's wording with its typed arguments, or the merge pass's
    /// grouped and folded findings): the review itself does not pay for text nobody may read, and reading it gives
    /// the same text as composing it at once would. Set in the same <c>with</c> as the finding's other changes, so
    /// the finding is copied once; a <c>with</c> that sets only <see cref="Message"/> keeps the fix this composes.
    /// </summary>
    internal Wording Text
    {
        init
        {
            text = value;
            message = null;
            fix = FixUnread;
        }
    }

    /// <summary>
    /// The rule's place among the supersession pairs (<see cref="Merging.Supersession.Stamp"/>), stamped by the sink
    /// that made the finding so the merge pass need not look its rule id up; 0 when not stamped. A byte, not the
    /// 8-byte bit itself: beside <see cref="Severity"/> it takes no room of its own, and a review makes 95,000 findings.
    /// </summary>
    internal byte RuleStamp { get; init; }

    /// <summary>What the rule found, in Chinese, for the reader of the form.</summary>
    public string Message
    {
        get => message ??= Composed(static (text, finding) => text.Message(finding), "审核意见") ?? "";
        init => message = value;
    }

    /// <summary>How to fix it, in Chinese; null when the finding needs no fix of its own.</summary>
    public string? Fix
    {
        get
        {
            if (ReferenceEquals(fix, FixUnread))
            {
                fix = Composed(static (text, finding) => text.Fix(finding), "修改建议");
            }

            return fix;
        }

        init => fix = value;
    }

    /// <summary>
    /// A part of the text composed now. A wording that throws is the rule's fault, not the reader's: the reader gets
    /// a text that says which rule could not word its finding, as the engine reports a rule that throws while checking.
    /// </summary>
    private string? Composed(Func<Wording, Finding, string?> part, string what)
    {
        try
        {
            return part(text!, this);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"规则 {RuleId} 未能生成{what}的文字（{e.GetType().Name}），请联系管理员";
        }
    }

    /// <summary>
    /// What the finding is about beyond its rule (the level-1 category found missing, the level-2
    /// category misplaced, the duplicated name): findings of one rule with the same cause on one sheet
    /// are one defect. Null when the rule has one cause only.
    /// </summary>
    public string? Cause { get; init; }

    /// <summary>
    /// Every indicator row the finding covers when one defect repeats on several rows (eleven
    /// 1-for-100% ratios in one table); empty for a finding on one row or none.
    /// </summary>
    public IReadOnlyList<Indicator> Rows { get; init; } = [];

    /// <summary>Rules whose findings were the same defect and were folded into this one.</summary>
    public IReadOnlyList<string> Merged { get; init; } = [];

    /// <summary>
    /// Why the defect is not certain from the text (a guessed reading of a damaged table); such a
    /// finding is at most a warning. Null when the text states the defect plainly.
    /// </summary>
    public string? Doubt { get; init; }

    /// <summary>
    /// The mechanical part of the fix: the value each row should have (“≤26.94万元”, “100%”), computed
    /// from the sheet; empty when the fix needs the author's judgement (rewrite a goal, move a category).
    /// </summary>
    public IReadOnlyList<ValueFix> ValueFixes
    {
        get
        {
            if (valueFixes is string value)
            {
                valueFixes = new[] { new ValueFix(Indicator!, value) };
            }

            return (IReadOnlyList<ValueFix>)valueFixes;
        }

        init => valueFixes = value;
    }

    /// <summary>
    /// The value the fix gives the finding's own row (<see cref="Indicator"/>), kept as its text until
    /// <see cref="ValueFixes"/> is first read: a review makes twenty thousand such fixes, and a fix and its list were
    /// two objects each for the findings nobody reads. Null for none.
    /// </summary>
    internal string? NewValue
    {
        init => valueFixes = value is null ? Array.Empty<ValueFix>() : value;
    }

    /// <summary>How many value fixes the finding has, without making those still kept as text.</summary>
    internal int ValueFixCount => valueFixes is string ? 1 : ((IReadOnlyList<ValueFix>)valueFixes).Count;

    // The fixes (an IReadOnlyList<ValueFix>), or the new value of the finding's own row (a string) until read.
    private object valueFixes = Array.Empty<ValueFix>();

    /// <summary>Equal when every property is: a composed message compares by its text.</summary>
    public bool Equals(Finding? other) =>
        ReferenceEquals(this, other) || (other is not null
            && RuleId == other.RuleId && Severity == other.Severity && Equals(Sheet, other.Sheet) && Equals(Indicator, other.Indicator)
            && Position == other.Position && Message == other.Message && Why == other.Why && Fix == other.Fix && Cause == other.Cause
            && Equals(Rows, other.Rows) && Equals(Merged, other.Merged) && Doubt == other.Doubt && Equals(ValueFixes, other.ValueFixes));

    public override int GetHashCode() => HashCode.Combine(RuleId, Severity, Indicator, Position, Message, Fix, Cause);

    /// <summary>The rows the finding concerns: <see cref="Rows"/>, else its one <see cref="Indicator"/>.</summary>
    public IEnumerable<Indicator> AllRows => Rows.Count > 0 ? Rows : Indicator is { } one ? [one] : [];

    /// <summary>Whether <paramref name="row"/> (that very row) is among <see cref="AllRows"/>; asked by the merge pass, so no list is made.</summary>
    internal bool Covers(Indicator row)
    {
        if (Rows.Count == 0)
        {
            return ReferenceEquals(Indicator, row);
        }

        for (var i = 0; i < Rows.Count; i++)
        {
            if (ReferenceEquals(Rows[i], row))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A new target value for one row, written as a form would write it.</summary>
public sealed record ValueFix(Indicator Row, string Value);
