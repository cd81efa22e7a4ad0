using System.Globalization;
using System.Text;

namespace Jixiao.Core.Reading;

/// <summary>
/// Lays out the words <c>pdftotext -tsv</c> finds in a PDF as fixed-width text, each text line of the
/// page at a character column taken from its x position on the page. <c>pdftotext -layout</c> lays
/// out each page (and each block of a page) on its own, so a table's columns move between pages and
/// after a merged cell; the page coordinates do not, so the columns of the text made here stand
/// where the table's columns stand on every page. <see cref="ColumnLayout"/> reads the result. It
/// also tells which lines go on with the cells of the line above (<see cref="PdfLayout.Continued"/>),
/// which the page shows and the text cannot: a cell wraps only when its line is full.
/// </summary>
internal static class PdfWordLayout
{
    /// <summary>Lines of the page this close in height (a share of the text height) are one printed line.</summary>
    private const double SameLine = 0.5;

    /// <summary>Beyond this, a line is left out of the text (a page of more text than any form holds).</summary>
    private const int MaxColumn = 2000;

    public static PdfLayout Lay(string tsv)
    {
        var pages = new SortedDictionary<int, List<TextLine>>();
        var current = new Dictionary<(int Page, int Par, int Block, int Line), TextLine>();
        foreach (var record in tsv.Split('\n'))
        {
            var f = record.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || f[0] is not ("4" or "5")
                || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var page)
                || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var par)
                || !int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var block)
                || !int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var lineNumber)
                || !TryNumber(f[6], out var left) || !TryNumber(f[7], out var top)
                || !TryNumber(f[8], out var width) || !TryNumber(f[9], out var height))
            {
                continue;
            }

            var key = (page, par, block, lineNumber);
            if (f[0] == "4")
            {
                var line = new TextLine(left, top, width, height);
                current[key] = line;
                if (!pages.TryGetValue(page, out var lines))
                {
                    pages[page] = lines = [];
                }

                lines.Add(line);
            }
            else if (current.TryGetValue(key, out var line) && f[11].Trim() is { Length: > 0 } word)
            {
                line.Words.Add(new Word(word, left, left + width));
            }
        }

        var all = pages.Values.SelectMany(p => p).Where(l => l.Words.Count > 0).ToList();
        var unit = CharacterWidth(all) / 2;
        var text = new StringBuilder();
        var continued = new HashSet<int>();
        var textLine = 1;
        var first = true;
        foreach (var lines in pages.Values)
        {
            if (!first)
            {
                text.Append('\f');
            }

            first = false;
            var printed = PrintedLines(lines.Where(l => l.Words.Count > 0)).Select(p => Fragments(p, unit)).ToList();
            var starts = ColumnStarts(printed, unit);
            for (var i = 0; i < printed.Count; i++)
            {
                if (i > 0 && Continues(printed[i], printed[i - 1], starts, unit))
                {
                    continued.Add(textLine);
                }

                Append(text, printed[i], unit);
                textLine++;
            }
        }

        return new PdfLayout(text.ToString(), continued);
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value >= 0 && value < 1e6;

    /// <summary>The lines of a page grouped into printed lines (by height), top to bottom, each left to right.</summary>
    private static IEnumerable<List<TextLine>> PrintedLines(IEnumerable<TextLine> lines)
    {
        List<TextLine>? printed = null;
        foreach (var line in lines.OrderBy(l => l.Top).ThenBy(l => l.Left))
        {
            if (printed is not null && line.Top - printed[0].Top <= SameLine * Math.Max(1, Math.Min(line.Height, printed[0].Height)))
            {
                printed.Add(line);
                continue;
            }

            if (printed is not null)
            {
                yield return [.. printed.OrderBy(l => l.Left)];
            }

            printed = [line];
        }

        if (printed is not null)
        {
            yield return [.. printed.OrderBy(l => l.Left)];
        }
    }

    /// <summary>
    /// A printed line's words as cells. pdftotext's own lines may run across narrow table cells, so
    /// the words are cut into cells where more room than a space is left between them (cell padding
    /// on both sides).
    /// </summary>
    private static List<Fragment> Fragments(List<TextLine> printed, double unit)
    {
        var fragments = new List<Fragment>();
        StringBuilder? text = null;
        Word? previous = null;
        double left = 0;
        foreach (var word in printed.SelectMany(l => l.Words).OrderBy(w => w.Left))
        {
            var gap = previous is null ? double.MaxValue : word.Left - previous.Right;
            if (gap > unit * CellGap)
            {
                if (text is not null)
                {
                    fragments.Add(new Fragment(left, previous!.Right, text.ToString()));
                }

                text = new StringBuilder();
                left = word.Left;
            }
            else if (gap > unit * 0.4 && !IsWide(previous!.Text[^1]) && !IsWide(word.Text[0]))
            {
                // pdftotext splits words where the font changes (完成 | 2023 | 年), and a word processor
                // puts a little room between Chinese and Latin text: a space only between Latin words.
                text!.Append(' ');
            }

            text!.Append(word.Text);
            previous = word;
        }

        if (text is not null)
        {
            fragments.Add(new Fragment(left, previous!.Right, text.ToString()));
        }

        return fragments;
    }

    /// <summary>Each cell at the column of its x position, at least two spaces after the one before it.</summary>
    private static void Append(StringBuilder text, List<Fragment> fragments, double unit)
    {
        var start = text.Length;
        foreach (var fragment in fragments)
        {
            var at = (int)Math.Round(fragment.Left / unit);
            if (at > MaxColumn)
            {
                break;
            }

            var column = text.Length - start;
            text.Append(' ', column == 0 ? at : Math.Max(at - column, 2)).Append(fragment.Text);
        }

        text.Append('\n');
    }

    /// <summary>
    /// Where cells start on a page: x positions (to a half character) at which two or more lines
    /// start a cell, each with the furthest right a cell starting there reaches.
    /// </summary>
    private static List<(double Start, double Right)> ColumnStarts(List<List<Fragment>> printed, double unit) =>
        [.. printed.SelectMany(p => p).GroupBy(f => Math.Round(f.Left / unit)).Where(g => g.Count() >= 2)
            .Select(g => (g.Min(f => f.Left), g.Max(f => f.Right))).OrderBy(c => c.Item1)];

    /// <summary>
    /// A line that goes on with the cells of the line above: each of its cells stands where a cell
    /// of the line above stands, and each of those was full (its text reached the next column, or in
    /// the last column the furthest any cell of it reaches), so the text wrapped. A new row starts
    /// where the line above left room, whatever its columns hold.
    /// </summary>
    private static bool Continues(List<Fragment> line, List<Fragment> above, List<(double Start, double Right)> columns, double unit)
    {
        if (line.Count == 0 || above.Count == 0)
        {
            return false;
        }

        foreach (var fragment in line)
        {
            var over = above.Find(a => Math.Abs(a.Left - fragment.Left) < unit);
            var column = columns.FindIndex(c => Math.Abs(c.Start - fragment.Left) < unit);
            if (over is null || column < 0)
            {
                return false;
            }

            var full = column + 1 < columns.Count
                ? columns[column + 1].Start - over.Right <= unit * FullRoom
                : over.Right - over.Left >= unit * 6 && columns[column].Right - over.Right <= unit * 2;
            if (!full)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A cell whose text stops less than this short of the next column (in half characters, padding included) was full.</summary>
    private const double FullRoom = 3.2;

    /// <summary>More room than this between words (in half characters) parts two cells: a space is about half of it, cell padding on both sides more.</summary>
    private const double CellGap = 0.8;

    /// <summary>The width of one Chinese character: the median over lines of Chinese text alone, else from the text height.</summary>
    private static double CharacterWidth(List<TextLine> lines)
    {
        var widths = lines
            .Select(l => (Line: l, Text: string.Concat(l.Words.Select(w => w.Text))))
            .Where(x => x.Text.Length >= 2 && x.Text.All(c => c >= '\u3400' && c <= '\u9fff'))
            .Select(x => x.Line.Width / x.Text.Length)
            .Order()
            .ToList();
        var width = widths.Count > 0 ? widths[widths.Count / 2] : lines.Select(l => l.Height / 1.3).DefaultIfEmpty(10).Max();
        return Math.Clamp(width, 2, 100);
    }

    /// <summary>A Chinese character or full-width punctuation.</summary>
    private static bool IsWide(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFF60' or >= '\u3000' and <= '\u303F' or '“' or '”' or '‘' or '’';

    private sealed record TextLine(double Left, double Top, double Width, double Height)
    {
        public List<Word> Words { get; } = [];
    }

    private sealed record Word(string Text, double Left, double Right);

    private sealed record Fragment(double Left, double Right, string Text);
}

/// <summary>A PDF's text with stable columns, and the lines (from 1) that continue the cells of the line above.</summary>
internal sealed record PdfLayout(string Text, IReadOnlySet<int> Continued);
