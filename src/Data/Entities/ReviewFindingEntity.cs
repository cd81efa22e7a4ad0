namespace Jixiao.Data.Entities;

/// <summary>
/// One finding of a review (审核) of a sheet, as the review engine reports it. The indicator
/// reference is cleared when the indicator is removed; its name and position stay as reviewed.
/// </summary>
public sealed class ReviewFindingEntity
{
    public long Id { get; set; }

    public long SheetId { get; set; }

    public required string RuleId { get; set; }

    /// <summary>One of <see cref="FindingSeverity"/>.</summary>
    public required string Severity { get; set; }

    public long? IndicatorId { get; set; }

    public IndicatorEntity? Indicator { get; set; }

    public string? IndicatorName { get; set; }

    public string? Position { get; set; }

    public required string Message { get; set; }

    public string? Why { get; set; }

    public string? Fix { get; set; }

    public DateTimeOffset ReviewedAt { get; set; }
}

/// <summary>The severities a finding may have, as stored.</summary>
public static class FindingSeverity
{
    /// <summary>Blocks approval.</summary>
    public const string Error = "error";

    /// <summary>For the reviewer to judge.</summary>
    public const string Warning = "warning";

    public const string Info = "info";

    public static readonly IReadOnlyList<string> All = [Error, Warning, Info];
}

/// <summary>
/// A finding about a document as a whole (DOC-*: a 合计 that does not add up, a project listed
/// twice), kept with the document: the review of its sheets does not hold it.
/// </summary>
public sealed class DocumentFindingEntity
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public required string RuleId { get; set; }

    /// <summary>One of <see cref="FindingSeverity"/>.</summary>
    public required string Severity { get; set; }

    public string? Position { get; set; }

    public required string Message { get; set; }

    public string? Why { get; set; }

    public string? Fix { get; set; }

    public DateTimeOffset ReviewedAt { get; set; }
}
