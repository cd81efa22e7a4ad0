using Jixiao.Core.Targets;

namespace Jixiao.Core.Reading;

/// <summary>
/// How a stretch of a text file without tabs lays out its table cells. Web pages, PDF text and
/// copies of spreadsheets arrive in these shapes; each recurs across provinces (the corpus notes
/// name files showing each one).
/// </summary>
public enum TextShape
{
    /// <summary>Cells separated by tabs (the seeds' extractions).</summary>
    Tabs,

    /// <summary>Word tables with one tab-led cell per line, rows separated by blank lines.</summary>
    TabLedCells,

    /// <summary>`a | b | c |` rows, one per line (a line may continue a row whose cells broke).</summary>
    PipeRows,

    /// <summary>One cell per line ending in ` |`; a bare `|` is an empty cell; row ends are lost.</summary>
    PipeCells,

    /// <summary>One cell per paragraph (blank-line separated); a line of spaces is an empty cell.</summary>
    Paragraphs,

    /// <summary>Cells separated by spaces, one row per line; empty cells vanish.</summary>
    Spaced,

    /// <summary>A whole table flattened into one long line of space-separated cells.</summary>
    SpacedStream,

    /// <summary>A page laid out in columns (pdftotext -layout): cells apart by runs of spaces, long cells wrapped onto the lines below.</summary>
    Columns,
}

/// <summary>
/// Reads a text without tabs into rows, deciding the shape per stretch of lines: a run of lines
/// holding `|` is pipe-marked (rows or one cell per line), a run where nearly every line is
/// followed by a blank line holds one cell per paragraph, anything else is split at spaces.
/// Rows of a stretch whose row ends are lost are marked <see cref="Row.Stream"/>: one cell each,
/// in order, for the layouts to regroup under the table's header.
/// </summary>
public static class PlainTextShapes
{
    public static (List<Row> Rows, List<(TextShape Shape, int FirstLine, int LastLine)> Stretches) Read(string[] lines)
    {
        var rows = new List<Row>(lines.Length);
        var stretches = new List<(TextShape, int, int)>();
        var i = 0;
        while (i < lines.Length)
        {
            ReadDeadline.Check();
            if (IsPipeLine(lines[i]))
            {
                var end = PipeStretchEnd(lines, i);
                var shape = PipeShapes.Read(lines, i, end, rows);
                stretches.Add((shape, i + 1, end));
                i = end;
                continue;
            }

            var plainEnd = i;
            while (plainEnd < lines.Length && !IsPipeLine(lines[plainEnd]))
            {
                plainEnd++;
            }

            foreach (var stretch in SpacedShapes.Read(lines, i, plainEnd, rows))
            {
                stretches.Add(stretch);
            }

            i = plainEnd;
        }

        return (rows, stretches);
    }

    internal static bool IsPipeLine(string line) => line.Contains('|', StringComparison.Ordinal);

    /// <summary>
    /// The end (exclusive) of the pipe stretch starting at <paramref name="start"/>: lines without
    /// `|` belong to it when pipe lines follow within a few lines (a cell broken by line breaks).
    /// </summary>
    private static int PipeStretchEnd(string[] lines, int start)
    {
        var end = start + 1;
        while (end < lines.Length)
        {
            if (IsPipeLine(lines[end]))
            {
                end++;
                continue;
            }

            var next = end;
            while (next < lines.Length && next - end < 4 && !IsPipeLine(lines[next]) && lines[next].Trim().Length <= 40)
            {
                next++;
            }

            if (next < lines.Length && IsPipeLine(lines[next]) && next > end)
            {
                end = next;
                continue;
            }

            break;
        }

        return end;
    }

    internal static Row StreamCell(string text, int line, int column) =>
        new([new Cell(text, SourcePosition.Line(line, column))], SourcePosition.Line(line)) { Stream = true };
}
