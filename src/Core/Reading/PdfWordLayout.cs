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
                line.Words.Add(new Word(word, left, left + width, top));
            }
        }

        var all = pages.Values.SelectMany(p => p).Where(l => l.Words.Count > 0).ToList();
        var unit = CharacterWidth(all) / 2;
        var wideHeights = all.Where(l => l.Words.Any(w => IsWide(w.Text[0]))).Select(l => l.Height).Order().ToList();
        var textHeight = wideHeights.Count > 0 ? wideHeights[wideHeights.Count / 2] : 0;
        var text = new StringBuilder();
        var continued = new HashSet<int>();
        var textLine = 1;
        var first = true;
        List<Fragment>? lastOfPage = null;
        foreach (var lines in pages.Values)
        {
            if (!first)
            {
                text.Append('\f');
            }

            first = false;
            var printed = PrintedLines(lines.Where(l => l.Words.Count > 0)).Select(p => Fragments(p, unit)).ToList();
            var starts = ColumnStarts(printed, unit);
            var pitch = LinePitch(printed, textHeight, unit);
            for (var i = 0; i < printed.Count; i++)
            {
                // A cell broken by the page end goes on at the top of the next page: no pitch to measure there.
                if (i > 0 ? Continues(printed[i], printed[i - 1], starts, pitch, unit) : lastOfPage is not null && Continues(printed[i], lastOfPage, starts, null, unit))
                {
                    continued.Add(textLine);
                }

                Append(text, printed[i], unit);
                textLine++;
            }

            lastOfPage = printed.Count > 0 ? printed[^1] : lastOfPage;
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
        double? top = null;
        double firstTop = 0;
        foreach (var word in printed.SelectMany(l => l.Words).OrderBy(w => w.Left))
        {
            var gap = previous is null ? double.MaxValue : word.Left - previous.Right;
            if (gap > unit * CellGap)
            {
                if (text is not null)
                {
                    fragments.Add(new Fragment(left, previous!.Right, text.ToString(), top ?? firstTop, top is not null));
                }

                text = new StringBuilder();
                left = word.Left;
                top = null;
                firstTop = word.Top;
            }
            else if (gap > unit * 0.4 && !IsWide(previous!.Text[^1]) && !IsWide(word.Text[0]))
            {
                // pdftotext splits words where the font changes (完成 | 2023 | 年), and a word processor
                // puts a little room between Chinese and Latin text: a space only between Latin words.
                text!.Append(' ');
            }

            text!.Append(word.Text);
            if (top is null && IsWide(word.Text[0]))
            {
                top = word.Top;
            }

            previous = word;
        }

        if (text is not null)
        {
            fragments.Add(new Fragment(left, previous!.Right, text.ToString(), top ?? firstTop, top is not null));
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
    /// How far apart the lines of one cell stand on a page, and whether a new row stands further
    /// (cell borders or padding): the smallest distance, to a tenth of a point, between a cell's
    /// text and the text under it in the same column, seen three times or more, and whether a
    /// distance a little larger (up to 4 pt more) is seen twice or more. Null when none repeats.
    /// </summary>
    private static (double Line, bool RowsApart)? LinePitch(List<List<Fragment>> printed, double height, double unit)
    {
        var steps = new Dictionary<double, int>();
        for (var i = 1; i < printed.Count; i++)
        {
            foreach (var fragment in printed[i])
            {
                if (fragment.WideTop && printed[i - 1].Find(a => Math.Abs(a.Left - fragment.Left) < unit) is { WideTop: true } over && fragment.Top > over.Top)
                {
                    var step = Math.Round(fragment.Top - over.Top, 1);
                    steps[step] = steps.GetValueOrDefault(step) + 1;
                }
            }
        }

        // Lines never overlap: shorter steps are a merged cell's text centred beside the lines of another.
        var line = steps.Where(s => s.Value >= 3 && s.Key >= height * 0.95).Select(s => s.Key).DefaultIfEmpty(-1).Min();
        if (line < 0)
        {
            return null;
        }

        var apart = steps.Any(s => s.Key > line + PitchTolerance && s.Key <= line + 4 && s.Value >= 2);
        return (line, apart);
    }

    /// <summary>Two lines this close to the line pitch (points) stand in the same cell.</summary>
    private const double PitchTolerance = 0.25;

    /// <summary>
    /// A line that goes on with the cells of the line above: each of its cells stands where a cell
    /// of the line above stands, at the distance of lines within a cell. Where the page sets rows
    /// further apart than lines (borders, padding), that distance decides; where it does not, each
    /// cell above must also have been full (its text reached the next column, or in the last column
    /// the furthest any cell of it reaches), so its text wrapped.
    /// </summary>
    private static bool Continues(List<Fragment> line, List<Fragment> above, List<(double Start, double Right)> columns, (double Line, bool RowsApart)? pitch, double unit)
    {
        if (line.Count == 0 || above.Count == 0)
        {
            return false;
        }

        var pairs = new List<(Fragment Fragment, Fragment Over, int Column)>(line.Count);
        foreach (var fragment in line)
        {
            var over = above.Find(a => Math.Abs(a.Left - fragment.Left) < unit);
            var column = columns.FindIndex(c => Math.Abs(c.Start - fragment.Left) < unit);
            if (over is null || column < 0)
            {
                return false;
            }

            pairs.Add((fragment, over, column));
        }

        // Tops compare only between Chinese words (digits' font sits a little higher).
        var measured = pairs.Where(x => x.Fragment.WideTop && x.Over.WideTop).ToList();
        if (pitch is { } p && measured.Count > 0)
        {
            if (measured.Any(x => x.Fragment.Top - x.Over.Top > p.Line + PitchTolerance))
            {
                return false;
            }

            if (p.RowsApart)
            {
                return true;
            }
        }

        return pairs.All(x => x.Over.Right - x.Over.Left >= unit * 5 && (x.Column + 1 < columns.Count
            ? columns[x.Column + 1].Start - x.Over.Right <= unit * FullRoom
            : columns[x.Column].Right - x.Over.Right <= unit * 2));
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

    private sealed record Word(string Text, double Left, double Right, double Top);

    /// <summary>A cell's text on one printed line; <see cref="Top"/> is its first Chinese word's (fonts of digits sit differently).</summary>
    private sealed record Fragment(double Left, double Right, string Text, double Top, bool WideTop);
}

/// <summary>A PDF's text with stable columns, and the lines (from 1) that continue the cells of the line above.</summary>
internal sealed record PdfLayout(string Text, IReadOnlySet<int> Continued);
