using Jixiao.Core.Targets;

namespace Jixiao.Data.Entities;

/// <summary>
/// An imported file, its original bytes kept. <see cref="Sha256"/> (lowercase hex) is unique:
/// importing identical bytes again finds the stored document.
/// </summary>
public sealed class SourceDocumentEntity
{
    public long Id { get; set; }

    public required string FileName { get; set; }

    public required string MediaType { get; set; }

    /// <summary><see cref="ImportedDocument.Source"/>: the name the reader gave the document.</summary>
    public required string Source { get; set; }

    public required byte[] Content { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>
    /// <see cref="ImportedDocument.TextSha256"/>: the hash of the decoded, normalised text, unique where known, so the
    /// same document in another encoding is found too; null for documents stored before 0005 or without text.
    /// </summary>
    public string? TextSha256 { get; set; }

    public long SizeBytes { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>
    /// <see cref="DocumentState.Saving"/> while its sheets are written in chunks (<see cref="DocumentSaves"/>):
    /// then neither it nor its sheets are found by any query (the context's query filter).
    /// </summary>
    public DocumentState State { get; set; }

    /// <summary>When the last chunk of a save in progress committed; a save silent for longer than
    /// <see cref="DocumentSaves.AbandonedAfter"/> was interrupted and is removed. Null once stored.</summary>
    public DateTimeOffset? ProgressAt { get; set; }

    public List<SheetEntity> Sheets { get; set; } = [];

    /// <summary>Rows of the document outside any sheet.</summary>
    public List<UnplacedRowEntity> Unplaced { get; set; } = [];

    public List<DeclaredTotalEntity> Totals { get; set; } = [];

    /// <summary>The findings of its last review about the document as a whole.</summary>
    public List<DocumentFindingEntity> Findings { get; set; } = [];

    /// <summary>What reading the file warned about (<see cref="ImportedDocument.Warnings"/>), in order.</summary>
    public List<DocumentWarningEntity> Warnings { get; set; } = [];
}

/// <summary>A <see cref="DocumentWarning"/> (READ-BAD-BYTES…) of a document as it was read, kept with it (migration 0006).</summary>
public sealed class DocumentWarningEntity
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public int Ordinal { get; set; }

    public required string Code { get; set; }

    public required string Position { get; set; }

    public required string Text { get; set; }
}

/// <summary>Whether a document is stored whole or still being written (migration 0006).</summary>
public enum DocumentState
{
    /// <summary>Every sheet written; visible. Documents stored before 0006 are too.</summary>
    Stored,

    /// <summary>Sheets still being written, or a save that was interrupted; never visible.</summary>
    Saving,
}

/// <summary>
/// An <see cref="UnplacedRow"/>: belongs to a sheet (<see cref="SheetId"/>) or, outside any
/// sheet, to a document (<see cref="DocumentId"/>); exactly one of the two is set.
/// </summary>
public sealed class UnplacedRowEntity
{
    public long Id { get; set; }

    public long? DocumentId { get; set; }

    public long? SheetId { get; set; }

    public int Ordinal { get; set; }

    public required string Position { get; set; }

    public required string Text { get; set; }

    public required string Reason { get; set; }
}

/// <summary>A <see cref="DeclaredTotal"/> of a document (合计, a unit's subtotal).</summary>
public sealed class DeclaredTotalEntity
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public int Ordinal { get; set; }

    public required string Label { get; set; }

    public decimal Amount { get; set; }

    public MoneyUnit Unit { get; set; }

    public required string Position { get; set; }
}
