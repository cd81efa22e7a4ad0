using System.Text.RegularExpressions;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Reading;

/// <summary>
/// Reads text extractions of forms. Two shapes: tab-separated rows with blank cells for merged
/// cells (000, 003, 004), and Word tables extracted with one cell per line — each line starting
/// with a tab, rows separated by blank lines, a line without a tab continuing the cell above (002).
/// The shape is decided per file from how its tab lines look; text without tabs goes to
/// <see cref="PlainTextShapes"/> (pipes, paragraphs, spaces), decided per stretch.
/// </summary>
public sealed partial class TextTableReader : IDocumentReader
{
    private static readonly string[] Extensions = [".txt", ".tsv", ".text"];

    [GeneratedRegex(@"^\t[^\t]*\t*$")]
    private static partial Regex CellLinePattern();

    public bool CanRead(string name, ReadOnlySpan<byte> head) =>
        Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public ReadResult Read(string name, byte[] content)
    {
        if (content.Length == 0)
        {
            return ReadResult.Fail(ReadErrorCode.Empty, name, "文件为空", "the file is empty");
        }

        var decoded = TextDecoding.Decode(content);
        if (decoded is not { Text: var text })
        {
            return ReadResult.Fail(ReadErrorCode.Binary, name, "文件不是文本文件（可能是二进制或已损坏）", "the file is not text (binary or damaged)");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Fail(ReadErrorCode.Empty, name, "文件为空", "the file is empty");
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        if (!lines.Any(l => l.Contains('\t', StringComparison.Ordinal)) && IndentLedCells(lines) is { } led)
        {
            // One cell per line led by spaces instead of tabs: the same shape.
            lines = led;
        }

        if (IsCellPerLine(lines))
        {
            return Ok(decoded, name, new Grid(null, CellPerLineRows(lines)) { Shapes = [$"{TextShape.TabLedCells} L1–L{lines.Length}"] });
        }

        if (IsTabSeparated(lines))
        {
            return Ok(decoded, name, new Grid(null, TabRows(lines)) { Shapes = [$"{TextShape.Tabs} L1–L{lines.Length}"] });
        }

        var (rows, stretches) = PlainTextShapes.Read(lines);
        var shapes = stretches.Select(s => $"{s.Shape} L{s.FirstLine}–L{s.LastLine}").ToList();
        return Ok(decoded, name, new Grid(null, rows) { Shapes = shapes });
    }

    /// <summary>The file's one grid, with its decoded text and the bad bytes that were replaced in it.</summary>
    private static ReadResult Ok(DecodedText decoded, string name, Grid grid) =>
        ReadResult.Ok(new SourceDocument(name, [grid]) { Warnings = decoded.Warnings, Text = decoded.Text });

    /// <summary>Tab-separated: a good share of the lines that hold text hold a tab.</summary>
    private static bool IsTabSeparated(string[] lines)
    {
        int tabLines = 0, textLines = 0;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            textLines++;
            tabLines += line.Contains('\t', StringComparison.Ordinal) ? 1 : 0;
        }

        return tabLines >= 3 && tabLines * 10 >= textLines * 3;
    }

    /// <summary>
    /// Lines of one cell each led by indentation (two or more spaces, or ideographic spaces), rows
    /// apart by blank lines, as most of the text: those lines led by a tab instead, else null. Lines
    /// with a gap inside (columns apart by spaces) are not cells of this shape.
    /// </summary>
    private static string[]? IndentLedCells(string[] lines)
    {
        int text = 0, led = 0, blank = 0, together = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                blank++;
                continue;
            }

            text++;
            if (IsLedCell(lines[i]))
            {
                led++;
                together += i + 1 < lines.Length && IsLedCell(lines[i + 1]) ? 1 : 0;
            }
        }

        // A row's cells stand on consecutive lines; one cell per paragraph (every cell followed by a blank line) is another shape.
        if (led < 10 || led * 10 < text * 6 || blank < 3 || together * 2 < led)
        {
            return null;
        }

        return [.. lines.Select(l => IsLedCell(l) ? "\t" + l[IndentOf(l)..].TrimEnd() : l)];
    }

    private static bool IsLedCell(string line) =>
        IndentOf(line) > 0 && !string.IsNullOrWhiteSpace(line) && !line.Trim().Contains("  ", StringComparison.Ordinal);

    /// <summary>The length of a line's indentation of two or more spaces or one or more ideographic spaces, or 0.</summary>
    private static int IndentOf(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] is ' ' or '\u3000')
        {
            n++;
        }

        return n >= 2 || (n == 1 && line[0] == '\u3000') ? n : 0;
    }

    private static bool IsCellPerLine(string[] lines)
    {
        int tabLines = 0, cellLines = 0;
        foreach (var line in lines)
        {
            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                continue;
            }

            tabLines++;
            if (CellLinePattern().IsMatch(line))
            {
                cellLines++;
            }
        }

        return cellLines >= 10 && cellLines * 10 >= tabLines * 6;
    }

    private static List<Row> TabRows(string[] lines)
    {
        var rows = new List<Row>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split('\t');
            var cells = new Cell[parts.Length];
            for (var c = 0; c < parts.Length; c++)
            {
                cells[c] = new Cell(parts[c], SourcePosition.Line(i + 1, c + 1));
            }

            rows.Add(new Row(cells, SourcePosition.Line(i + 1)));
        }

        return rows;
    }

    private static List<Row> CellPerLineRows(string[] lines)
    {
        var rows = new List<Row>();
        List<Cell>? group = null;
        var groupStart = 0;

        void Flush()
        {
            if (group is { Count: > 0 })
            {
                rows.Add(new Row(group, SourcePosition.Line(groupStart)));
            }

            group = null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (CellLinePattern().IsMatch(line))
            {
                if (group is null)
                {
                    group = [];
                    groupStart = number;
                }

                group.Add(new Cell(line.Trim('\t'), SourcePosition.Line(number, 1)));
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                rows.Add(new Row([new Cell("", SourcePosition.Line(number, 1))], SourcePosition.Line(number)));
            }
            else if (group is { Count: > 0 } && !line.Contains('\t', StringComparison.Ordinal) && !line.StartsWith("[bookmark", StringComparison.Ordinal))
            {
                // A line break inside a cell: the text continues the cell above.
                var last = group[^1];
                group[^1] = last with { Text = last.Text + "\n" + line };
            }
            else
            {
                Flush();
                var parts = line.Split('\t');
                rows.Add(new Row(parts.Select((p, c) => new Cell(p, SourcePosition.Line(number, c + 1))).ToList(), SourcePosition.Line(number)));
            }
        }

        Flush();
        return rows;
    }
}
