using Jixiao.Core.Targets;

namespace Jixiao.Core.Reading;

/// <summary>One table cell (or one line of prose) with where it came from.</summary>
public sealed record Cell(string Text, SourcePosition Position)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

/// <summary>
/// One row of a document: the cells of a table row, or a single cell for a line of prose.
/// Merged cells are represented as in text extractions: the value in the first cell, blanks after.
/// </summary>
public sealed record Row(IReadOnlyList<Cell> Cells, SourcePosition Position)
{
    /// <summary>
    /// One cell of a stretch whose row ends were lost (one cell per line or paragraph, a table
    /// flattened into a line): the layouts regroup such cells under the table's header.
    /// </summary>
    public bool Stream { get; init; }

    /// <summary>Cells separated by spaces: empty cells vanished, so a cell's index is not its column.</summary>
    public bool Sparse { get; init; }

    /// <summary>
    /// A line of a page laid out in columns (PDF text): cells stand at their columns, and a cell's
    /// text may go on in the lines below it, which the layouts join to the row above.
    /// </summary>
    public bool Wrapped { get; init; }

    /// <summary>
    /// A <see cref="Wrapped"/> line that the page shows goes on with the cells of the line above
    /// (each cell above was full, so its text wrapped), even where its value column holds text.
    /// </summary>
    public bool Continues { get; init; }

    /// <summary>A <see cref="Continues"/> line that starts a new line in its cells (a line break the page showed), not a wrap.</summary>
    public bool ContinuesOnNewLine { get; init; }

    /// <summary>The page showed whether this line continues the one above (<see cref="Continues"/> is the answer, not a guess).</summary>
    public bool ContinuationKnown { get; init; }

    /// <summary>A piece of text whose cells ran together, cut at the forms' vocabulary: where it ends is inferred.</summary>
    public bool RunTogether { get; init; }

    public bool IsBlank => Cells.All(c => c.IsBlank);

    /// <summary>The non-blank cells, trimmed, in order.</summary>
    public IEnumerable<Cell> Filled => Cells.Where(c => !c.IsBlank).Select(c => c with { Text = c.Text.Trim() });

    public string Text => string.Join(" | ", Filled.Select(c => c.Text));
}

/// <summary>A sequence of rows: a whole text file, one worksheet, or the body of a Word document.</summary>
public sealed record Grid(string? Name, IReadOnlyList<Row> Rows)
{
    /// <summary>How the reader found the text laid out, stretch by stretch (for `import --explain`).</summary>
    public IReadOnlyList<string> Shapes { get; init; } = [];
}

/// <summary>What a reader made of a file: its grids, in document order.</summary>
public sealed record SourceDocument(string Name, IReadOnlyList<Grid> Grids)
{
    /// <summary>What the reader worked around (bad bytes replaced), with positions.</summary>
    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];

    /// <summary>The decoded text of a text file (plain text, HTML); null for formats read into cells directly.</summary>
    public string? Text { get; init; }
}
