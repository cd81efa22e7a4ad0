namespace Jixiao.Data.Entities;

/// <summary>What a frozen version is: a submission as the reviewer saw it, or an approval (批复).</summary>
public enum SheetVersionKind
{
    Submitted,
    Approved,
}

/// <summary>
/// A frozen version of a sheet, as the API served it at that moment (<see cref="Json"/>, the import
/// contract). Numbered from 1 per sheet; an approval also has its own number (批复第 N 版).
/// </summary>
public sealed class SheetVersionEntity
{
    public long Id { get; set; }

    public long SheetId { get; set; }

    public int Number { get; set; }

    public SheetVersionKind Kind { get; set; }

    /// <summary>批复第 N 版: set on approved versions.</summary>
    public int? Approval { get; set; }

    public Core.Workflow.ReviewGrade? Grade { get; set; }

    /// <summary>Why: the adjustment's reason, the reviewer's comment.</summary>
    public string? Reason { get; set; }

    public required string Json { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}

/// <summary>A reviewer's comment on one indicator row (<see cref="RowKey"/>: 一级 / 二级 / 三级指标), kept across resubmissions.</summary>
public sealed class RowCommentEntity
{
    public long Id { get; set; }

    public long SheetId { get; set; }

    public required string RowKey { get; set; }

    public required string Text { get; set; }

    /// <summary>The sheet's status when the comment was written (the review stage).</summary>
    public Core.Workflow.SheetStatus Status { get; set; }

    /// <summary>The latest frozen version when the comment was written.</summary>
    public int? VersionNumber { get; set; }

    public long? UserId { get; set; }

    public required string UserName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// A reviewer's mark on one finding (已核实 or 不适用) with a reason, kept with the sheet (migration 0008).
/// Matched to a finding by <see cref="RuleId"/>, <see cref="Cause"/> and <see cref="RowKey"/>
/// (<see cref="Core.Workflow.FindingKey"/>); a mark carried over from 0007's overrides has no row key and
/// is matched, as the override was, by rule and <see cref="Position"/>.
/// </summary>
public sealed class FindingMarkEntity
{
    public long Id { get; set; }

    public long SheetId { get; set; }

    public required string RuleId { get; set; }

    /// <summary>The finding's cause, "" when it has none.</summary>
    public required string Cause { get; set; }

    /// <summary><see cref="Core.Workflow.FindingKey.Rows"/>; null for a mark carried over from an 0007 override.</summary>
    public string? RowKey { get; set; }

    /// <summary>The finding's source position when it was marked.</summary>
    public required string Position { get; set; }

    public Core.Workflow.MarkStatus Status { get; set; }

    public required string Reason { get; set; }

    public long? UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>When the mark got its present status and reason.</summary>
    public DateTimeOffset MarkedAt { get; set; }
}

/// <summary>
/// One line of the append-only audit trail: who (<see cref="UserName"/>, null for the system), when,
/// from where, what (<see cref="Action"/> code and a Chinese <see cref="Summary"/>), and the detail as
/// JSON (field, old → new; comments; marks and their reasons).
/// </summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public long? UserId { get; set; }

    public string? UserName { get; set; }

    public string? Address { get; set; }

    public required string Action { get; set; }

    public long? SheetId { get; set; }

    public long? DocumentId { get; set; }

    public required string Summary { get; set; }

    public string? Detail { get; set; }
}
