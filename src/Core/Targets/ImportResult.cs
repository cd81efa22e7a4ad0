namespace Jixiao.Core.Targets;

/// <summary>A total a document declares (合计, a unit's subtotal), kept so review can add it up.</summary>
public sealed record DeclaredTotal(string Label, Money Amount, SourcePosition Position);

/// <summary>What reading one document produced: its sheets and what could not be read.</summary>
public sealed record ImportedDocument(string Source, IReadOnlyList<TargetSheet> Sheets, IReadOnlyList<UnplacedRow> Unplaced)
{
    public IReadOnlyList<DeclaredTotal> Totals { get; init; } = [];

    /// <summary>What the reader worked around (bad bytes replaced), with positions: read, but check against the file.</summary>
    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];

    /// <summary>
    /// SHA-256 (lowercase hex) of the document's text, decoded and normalised (Reading.DocumentText): the same
    /// for the same document saved in another encoding; null when the document holds no text.
    /// </summary>
    public string? TextSha256 { get; init; }

    public int UnplacedCount => Unplaced.Count + Sheets.Sum(s => s.Unplaced.Count);
}
