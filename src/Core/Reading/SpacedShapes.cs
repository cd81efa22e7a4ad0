using System.Text;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Reading;

/// <summary>
/// Text without tabs or pipes: one cell per paragraph (blank-line separated, as page copies of
/// Word tables come), or cells separated by spaces (copies of spreadsheets and PDF text), where
/// empty cells vanish. A line of very many space-separated cells is a whole table flattened into
/// one line: its cells are a stream.
/// </summary>
internal static class SpacedShapes
{
    /// <summary>A line with more cells than any form has columns holds a flattened table.</summary>
    private const int StreamCells = 40;

    public static IEnumerable<(TextShape Shape, int FirstLine, int LastLine)> Read(string[] lines, int start, int end, List<Row> rows)
    {
        if (IsParagraphs(lines, start, end))
        {
            ReadParagraphs(lines, start, end, rows);
            yield return (TextShape.Paragraphs, start + 1, end);
            yield break;
        }

        if (ColumnLayout.Detect(lines, start, end))
        {
            ColumnLayout.Read(lines, start, end, rows);
            yield return (TextShape.Columns, start + 1, end);
            yield break;
        }

        var runStart = start;
        var runShape = TextShape.Spaced;
        for (var i = start; i < end; i++)
        {
            ReadDeadline.Check();
            var cells = SplitSpaced(lines[i]);
            var shape = cells.Count >= StreamCells ? TextShape.SpacedStream : TextShape.Spaced;
            if (shape != runShape && i > runStart)
            {
                yield return (runShape, runStart + 1, i);
                runStart = i;
            }

            runShape = shape;
            if (shape == TextShape.SpacedStream)
            {
                for (var c = 0; c < cells.Count; c++)
                {
                    rows.Add(PlainTextShapes.StreamCell(cells[c], i + 1, c + 1));
                }

                continue;
            }

            var row = cells.Select((t, c) => new Cell(t, SourcePosition.Line(i + 1, c + 1))).ToList();
            if (row.Count == 1 && rows.Count > 0 && rows[^1] is { Sparse: true, Cells.Count: >= 3 } previous && !previous.Stream && IsCarriedOver(row[0].Text))
            {
                // A row broken over lines (a cell with a line break in the copied table): the short line goes on the row above.
                rows[^1] = previous with { Cells = [.. previous.Cells, row[0]] };
                continue;
            }

            rows.Add(new Row(row.Count > 0 ? row : [new Cell("", SourcePosition.Line(i + 1, 1))], SourcePosition.Line(i + 1)) { Sparse = row.Count > 1 });
        }

        if (end > runStart)
        {
            yield return (runShape, runStart + 1, end);
        }
    }

    /// <summary>A short line that continues the row above: a number, a sign word or a few characters, not a year line.</summary>
    private static bool IsCarriedOver(string text) =>
        text.Length <= 8 && !text.StartsWith('(') && !text.StartsWith('（') && !text.EndsWith(':') && !text.EndsWith('：');

    /// <summary>
    /// Paragraph shape: most blocks between empty lines are one or two lines long, and there are
    /// many of them (a page copy of a table, one cell per paragraph).
    /// </summary>
    private static bool IsParagraphs(string[] lines, int start, int end)
    {
        int blocks = 0, small = 0, length = 0;
        for (var i = start; i <= end; i++)
        {
            if (i == end || lines[i].Length == 0)
            {
                if (length > 0)
                {
                    blocks++;
                    small += length <= 2 ? 1 : 0;
                }

                length = 0;
                continue;
            }

            length++;
        }

        return blocks >= 8 && small * 10 >= blocks * 8;
    }

    private static void ReadParagraphs(string[] lines, int start, int end, List<Row> rows)
    {
        var text = new StringBuilder();
        var first = -1;
        for (var i = start; i <= end; i++)
        {
            if (i == end || lines[i].Length == 0)
            {
                if (first >= 0)
                {
                    rows.Add(PlainTextShapes.StreamCell(text.ToString(), first + 1, 1));
                }

                text.Clear();
                first = -1;
                continue;
            }

            var line = lines[i].Trim();
            if (first < 0)
            {
                first = i;
            }
            else if (line.Length > 0 && text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(line);
        }
    }

    /// <summary>Splits a line at runs of spaces (any Unicode space), never inside brackets.</summary>
    public static List<string> SplitSpaced(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var ch in line)
        {
            if (ch is '(' or '（' or '[' or '【' or '〔')
            {
                depth++;
            }
            else if (ch is ')' or '）' or ']' or '】' or '〕' && depth > 0)
            {
                depth--;
            }

            if (char.IsWhiteSpace(ch) && depth == 0)
            {
                if (current.Length > 0)
                {
                    cells.Add(current.ToString());
                    current.Clear();
                }

                continue;
            }

            current.Append(ch);
        }

        if (current.Length > 0)
        {
            cells.Add(current.ToString().Trim());
        }

        return cells;
    }
}
