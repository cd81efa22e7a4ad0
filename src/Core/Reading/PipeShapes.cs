using Jixiao.Core.Targets;

namespace Jixiao.Core.Reading;

/// <summary>
/// Pipe-marked text, as page-to-text tools write HTML tables: every cell followed by ` |`, empty
/// cells as bare `|`, rows padded with empty cells to the table's width. Two shapes recur:
/// rows on a line each (a line whose cells broke over lines is joined to the next), and one cell
/// per line, where only trailing `| ||||` runs (if any) still mark where a row ends.
/// </summary>
internal static class PipeShapes
{
    private sealed record PipeLine(int Number, List<string> Cells, bool Terminated, bool Open)
    {
        public int Filled => Cells.Count(c => c.Length > 0);
    }

    public static TextShape Read(string[] lines, int start, int end, List<Row> rows)
    {
        var parsed = new List<PipeLine>();
        string? carry = null;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (!PlainTextShapes.IsPipeLine(line))
            {
                // A cell broken by a line break: the text continues into the next pipe line's first cell.
                var text = line.Trim();
                if (text.Length > 0)
                {
                    carry = carry is null ? text : carry + "\n" + text;
                }

                continue;
            }

            var cells = Split(line, out var terminated, out var open);
            if (IsRule(cells))
            {
                // A markdown rule under a header (|---|:---:|): no row.
                continue;
            }

            if (carry is not null)
            {
                cells[0] = cells[0].Length == 0 ? carry : carry + "\n" + cells[0];
                carry = null;
            }

            parsed.Add(new PipeLine(i + 1, cells, terminated, open));
        }

        var multi = parsed.Count(p => p.Filled >= 2);
        if (multi * 2 >= parsed.Count)
        {
            ReadRows(parsed, rows);
            return TextShape.PipeRows;
        }

        if (parsed.Count(p => p.Terminated) >= 3)
        {
            ReadBrokenRows(parsed, rows);
            return TextShape.PipeRows;
        }

        foreach (var p in parsed)
        {
            var any = false;
            for (var c = 0; c < p.Cells.Count; c++)
            {
                if (p.Cells[c].Length > 0 || (p.Cells.Count == 1 && !any))
                {
                    rows.Add(PlainTextShapes.StreamCell(p.Cells[c], p.Number, c + 1));
                    any = true;
                }
            }
        }

        return TextShape.PipeCells;
    }

    private static bool IsRule(List<string> cells)
    {
        var any = false;
        foreach (var cell in cells)
        {
            var t = cell.AsSpan().Trim();
            if (t.Length == 0)
            {
                continue;
            }

            t = t.Trim(':');
            if (t.Length < 3 || t.ContainsAnyExcept('-'))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// Splits `a | b | ||` into cells: each `|` ends a cell; text after the last `|` (a cut line) is
    /// a cell too. Terminated: the line ends with an empty cell (row padding); open: it ends with a
    /// filled cell and its `|`, so the row may go on on the next line.
    /// </summary>
    private static List<string> Split(string line, out bool terminated, out bool open)
    {
        var pieces = line.Split('|');
        var endsWithBar = line.TrimEnd().EndsWith('|');
        var count = endsWithBar ? pieces.Length - 1 : pieces.Length;
        var cells = new List<string>(Math.Max(count, 1));
        for (var k = 0; k < count; k++)
        {
            cells.Add(pieces[k].Trim());
        }

        if (cells.Count == 0)
        {
            cells.Add("");
        }

        terminated = endsWithBar && cells.Count >= 2 && cells[^1].Length == 0;
        open = endsWithBar && cells[^1].Length > 0;
        return cells;
    }

    /// <summary>A row per line; an open line with one cell, or followed by an open line with one cell, goes on.</summary>
    private static void ReadRows(List<PipeLine> parsed, List<Row> rows)
    {
        List<Cell>? current = null;
        var first = 0;
        for (var i = 0; i < parsed.Count; i++)
        {
            var p = parsed[i];
            if (current is null)
            {
                current = [];
                first = p.Number;
            }

            for (var c = 0; c < p.Cells.Count; c++)
            {
                current.Add(new Cell(p.Cells[c], SourcePosition.Line(p.Number, c + 1)));
            }

            var next = i + 1 < parsed.Count ? parsed[i + 1] : null;
            var goesOn = next is not null && p.Open && next.Number == p.Number + 1
                && (p.Filled == 1 || (next.Filled == 1 && next.Open));
            if (!goesOn)
            {
                rows.Add(new Row(current, SourcePosition.Line(first)));
                current = null;
            }
        }
    }

    /// <summary>One cell per line, rows ended by the lines that carry trailing empty cells.</summary>
    private static void ReadBrokenRows(List<PipeLine> parsed, List<Row> rows)
    {
        List<Cell> current = [];
        var first = 0;
        foreach (var p in parsed)
        {
            if (current.Count == 0)
            {
                first = p.Number;
            }

            for (var c = 0; c < p.Cells.Count; c++)
            {
                current.Add(new Cell(p.Cells[c], SourcePosition.Line(p.Number, c + 1)));
            }

            if (p.Terminated)
            {
                rows.Add(new Row(current, SourcePosition.Line(first)));
                current = [];
            }
        }

        if (current.Count > 0)
        {
            rows.Add(new Row(current, SourcePosition.Line(first)));
        }
    }
}
