namespace Jixiao.Core.Targets;

/// <summary>A total a document declares (合计, a unit's subtotal), kept so review can add it up.</summary>
public sealed record DeclaredTotal(string Label, Money Amount, SourcePosition Position);

/// <summary>What reading one document produced: its sheets and what could not be read.</summary>
public sealed record ImportedDocument(string Source, IReadOnlyList<TargetSheet> Sheets, IReadOnlyList<UnplacedRow> Unplaced)
{
    public IReadOnlyList<DeclaredTotal> Totals { get; init; } = [];

    public int UnplacedCount => Unplaced.Count + Sheets.Sum(s => s.Unplaced.Count);
}
