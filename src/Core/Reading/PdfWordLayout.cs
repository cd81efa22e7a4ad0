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
            else if (current.TryGetValue(key, out var line) && f[11].Replace('\u00A0', ' ').Trim() is { Length: > 0 } word)
            {
                line.Words.Add(new Word(word, left, left + width, top, height));
            }
        }

        var all = pages.Values.SelectMany(p => p).Where(l => l.Words.Count > 0).ToList();
        var unit = CharacterWidth(all) / 2;
        var wideHeights = all.Where(l => l.Words.Any(w => IsWide(w.Text[0]))).Select(l => l.Height).Order().ToList();
        var textHeight = wideHeights.Count > 0 ? wideHeights[wideHeights.Count / 2] : 0;
        var text = new StringBuilder();
        var continued = new HashSet<int>();
        var newLines = new HashSet<int>();
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
            var printed = Snap(Headings(PrintedLines(lines.Where(l => l.Words.Count > 0)).SelectMany(p => ByTop(Fragments(p, unit), textHeight)), textHeight), unit);
            var starts = ColumnStarts(printed, unit);
            var pitch = LinePitch(printed, starts, textHeight, unit);
            for (var i = 0; i < printed.Count; i++)
            {
                // A cell broken by the page end goes on at the top of the next page: no pitch to measure there.
                var goesOn = i > 0 ? Continues(printed[i], printed[i - 1], starts, pitch, unit) : lastOfPage is not null ? Continues(printed[i], lastOfPage, starts, null, unit) : Continuation.None;
                if (goesOn != Continuation.None)
                {
                    continued.Add(textLine);
                }

                if (goesOn == Continuation.NewLine)
                {
                    newLines.Add(textLine);
                }

                Append(text, printed[i], unit);
                textLine++;
            }

            lastOfPage = printed.Count > 0 ? printed[^1] : lastOfPage;
        }

        return new PdfLayout(text.ToString(), continued, newLines);
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
        Word? first = null;
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
                    fragments.Add(new Fragment(left, previous!.Right, text.ToString(), top ?? firstTop, top is not null) { Height = previous.Height, Lead = Lead(text.ToString(), first!, unit) });
                }

                text = new StringBuilder();
                first = word;
                left = word.Left;
                top = null;
                firstTop = word.Top;
            }
            else if (gap > unit * 0.4 && ((!IsWide(previous!.Text[^1]) && !IsWide(word.Text[0]))
                || (IsWide(previous.Text[^1]) ? gap > previous.Height * SpaceAfterWide : gap > Math.Max(word.Height, previous.Height) * LatinSpace)))
            {
                // pdftotext splits words where the font changes (完成 | 2023 | 年), and a word processor may
                // put a little room between Chinese and Latin text (a fifth of the font size): a space between
                // Latin words, and between Chinese and Latin text where the room is a space's (目标1: 通过, 专项 (畜禽).
                text!.Append(' ');
            }

            text!.Append(word.Text);
            if (top is null && word.Text.Any(IsWide))
            {
                top = word.Top;
            }

            previous = word;
        }

        if (text is not null)
        {
            fragments.Add(new Fragment(left, previous!.Right, text.ToString(), top ?? firstTop, top is not null) { Height = previous.Height, Lead = Lead(text.ToString(), first!, unit) });
        }

        return fragments;
    }

    /// <summary>
    /// How wide the start of a cell's line is that a line above could not have ended before: a Chinese character with
    /// the punctuation that may not start a line after it (镇、) or that may not end one before it (（人), and a run of
    /// Latin text with what clings to it (×100%, 数)×100%, 个，30). Measured where it is the line's first word, else
    /// estimated (a Chinese character two half characters, a Latin one 1.2).
    /// </summary>
    private static double Lead(string text, Word first, double unit)
    {
        var n = 1;
        while (n < text.Length && n < MaxLead && text[n] != ' ')
        {
            var (before, next) = (text[n - 1], text[n]);
            var latin = !IsWide(next);
            if (!(NoLineStart.Contains(next, StringComparison.Ordinal) || NoLineEnd.Contains(before, StringComparison.Ordinal) || (latin && (!IsWide(before) || NoLineStart.Contains(before, StringComparison.Ordinal)))))
            {
                break;
            }

            n++;
        }

        var measured = first.Right - first.Left;
        return n == first.Text.Length ? measured : Math.Min(measured, text[..n].Sum(c => IsWide(c) ? unit * 2 : unit * 1.2));
    }

    /// <summary>Punctuation that may not start a line (it stays with the text before it).</summary>
    private const string NoLineStart = "，。、；：？！）》」』】〕〉”’,.;:!?)]}%";

    /// <summary>Punctuation that may not end a line (it goes with the text after it).</summary>
    private const string NoLineEnd = "（《「『【〔〈“‘([{";

    /// <summary>The longest start of a line measured as one piece (a long Latin word wraps where it must).</summary>
    private const int MaxLead = 40;

    /// <summary>
    /// A heading printed over two lines or more (a long title, in a font larger than the table's) as one line:
    /// lines of one piece of text each, in the same larger size, a line's height apart.
    /// </summary>
    private static List<List<Fragment>> Headings(IEnumerable<List<Fragment>> lines, double textHeight)
    {
        var result = new List<List<Fragment>>();
        foreach (var line in lines)
        {
            if (line is [var next] && result.Count > 0 && result[^1] is [var heading]
                && heading.Height >= textHeight * 1.2 && Math.Abs(next.Height - heading.Height) < 0.5
                && next.Top > heading.Top && next.Top - heading.Top <= heading.Height * 1.6)
            {
                result[^1] = [heading with { Left = Math.Min(heading.Left, next.Left), Right = Math.Max(heading.Right, next.Right), Text = heading.Text + next.Text }];
                continue;
            }

            result.Add(line);
        }

        return result;
    }

    /// <summary>
    /// A printed line split where its cells' text stands at different heights: a category wrapped in its
    /// cell ends a little above the first line of the next row beside it (the rows are apart by a border and
    /// padding), close enough to count as one printed line. Its cells become a line of their own, above, so
    /// the continuation is read as such and the new row starts clean. Only Chinese text is measured (digits
    /// sit higher); a cell without it goes with the lowest line it can stand on.
    /// </summary>
    private static IEnumerable<List<Fragment>> ByTop(List<Fragment> line, double height)
    {
        var tops = new List<double>();
        foreach (var top in line.Where(f => f.WideTop).Select(f => f.Top).Order())
        {
            if (tops.Count == 0 || top - tops[^1] > height * SplitHeight)
            {
                tops.Add(top);
            }
        }

        if (tops.Count < 2)
        {
            yield return line;
            yield break;
        }

        var groups = tops.Select(_ => new List<Fragment>()).ToList();
        foreach (var fragment in line)
        {
            var k = fragment.WideTop
                ? tops.FindLastIndex(t => t <= fragment.Top + 0.01)
                : tops.FindLastIndex(t => t <= fragment.Top + (height * 0.3));
            groups[Math.Max(k, 0)].Add(fragment);
        }

        foreach (var group in groups.Where(g => g.Count > 0))
        {
            yield return group;
        }
    }

    /// <summary>Cells of one printed line whose Chinese text stands further apart in height than this share of the text height are on two lines.</summary>
    private const double SplitHeight = 0.1;

    /// <summary>
    /// Cells moved to the start of their column, so that a heading or category centred in its cell stands
    /// where the column's other text starts (and a continued line under the line it continues). A page's
    /// columns are the stretches of x that the cells of its table lines (three cells or more, not the
    /// 填表 lines) cover, apart where none of them reaches; a cell inside one stretch, alone in it on its
    /// line, starts where the stretch starts. Cells across stretches (a merged cell, a title) stay, and so does a cell
    /// that shares its stretch with another cell of its line (two tables of their own widths on a page), with the
    /// lines of it below.
    /// </summary>
    private static List<List<Fragment>> Snap(List<List<Fragment>> printed, double unit)
    {
        var spans = new List<(double Left, double Right)>();
        foreach (var (left, right) in printed.Where(p => p.Count >= 3 && !IsFooter(p[0].Text)).SelectMany(p => p).Select(f => (f.Left, f.Right)).OrderBy(f => f.Left))
        {
            if (spans.Count > 0 && left <= spans[^1].Right + (unit * 0.5))
            {
                spans[^1] = (spans[^1].Left, Math.Max(spans[^1].Right, right));
            }
            else
            {
                spans.Add((left, right));
            }
        }

        // Two stretches are two columns only where a line has a cell in each; else one column's text stands apart
        // (a heading centred over names written from the left).
        var lines = printed.Select(p => p.Select(f => spans.FindIndex(s => f.Left >= s.Left - (unit * 0.5) && f.Left <= s.Right)).Where(k => k >= 0).ToHashSet()).ToList();
        var merged = new List<(double Left, double Right)>();
        var group = new HashSet<int>();
        for (var k = 0; k < spans.Count; k++)
        {
            if (group.Count > 0 && !lines.Any(l => l.Contains(k) && l.Overlaps(group)))
            {
                merged[^1] = (merged[^1].Left, Math.Max(merged[^1].Right, spans[k].Right));
                group.Add(k);
                continue;
            }

            merged.Add(spans[k]);
            group = [k];
        }

        spans = merged;
        if (spans.Count < 3)
        {
            return printed;
        }

        // A cell that moves is alone in its stretch on its line. One that shares its stretch with another cell of its line
        // (a page with two tables of their own widths) stays, and so do the lines of its cell under it.
        var result = new List<List<Fragment>>(printed.Count);
        List<double> stayedAbove = [];
        foreach (var line in printed)
        {
            var at = line.Select(f => spans.FindIndex(s => f.Left >= s.Left - (unit * 0.5) && f.Right <= s.Right + (unit * 0.5))).ToList();
            var snapped = new List<Fragment>(line.Count);
            var stayed = new List<double>();
            for (var i = 0; i < line.Count; i++)
            {
                var f = line[i];
                var shares = at[i] >= 0 && at.Count(k => k == at[i]) > 1;
                var under = stayedAbove.Any(left => Math.Abs(left - f.Left) < unit);
                if (at[i] >= 0 && !shares && !under && (i == 0 || line[i - 1].Right < spans[at[i]].Left))
                {
                    snapped.Add(f with { Left = Math.Min(f.Left, spans[at[i]].Left) });
                    continue;
                }

                if (shares || under)
                {
                    stayed.Add(f.Left);
                }

                snapped.Add(f);
            }

            result.Add(snapped);
            stayedAbove = stayed;
        }

        return result;
    }

    /// <summary>The 填表单位/填报日期 line under a form: its date's 年 月 日 stand apart like cells, but it is no table line.</summary>
    private static bool IsFooter(string text) => text.StartsWith("填表", StringComparison.Ordinal) || text.StartsWith("填报", StringComparison.Ordinal);

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
    /// (cell borders or padding): the smallest distance, to a tenth of a point, between a full cell's
    /// text (it reached the next column) and the text under it in the same column, seen twice or more
    /// (a page whose cells never wrap shows only rows, whose distance is no line pitch) or once where a distance a
    /// little larger (up to 4 pt more: rows apart) is seen twice or more, and whether such rows apart are seen. Null
    /// when none is seen so.
    /// </summary>
    private static (double Line, bool RowsApart)? LinePitch(List<List<Fragment>> printed, List<(double Start, double Right)> columns, double height, double unit)
    {
        var steps = new Dictionary<double, (int All, int Full)>();
        for (var i = 1; i < printed.Count; i++)
        {
            foreach (var fragment in printed[i])
            {
                if (fragment.WideTop && printed[i - 1].Find(a => Math.Abs(a.Left - fragment.Left) < unit) is { WideTop: true } over && fragment.Top > over.Top)
                {
                    var step = Math.Round(fragment.Top - over.Top, 1);
                    var (all, full) = steps.GetValueOrDefault(step);
                    steps[step] = (all + 1, full + (Full(over, fragment.Lead, columns, unit) ? 1 : 0));
                }
            }
        }

        // Lines never overlap: shorter steps are a merged cell's text centred beside the lines of another.
        // A line pitch is about the text's height (single spacing); more is the distance of rows of one line each.
        // One wrap shows the pitch where rows stand visibly further apart (a distance a little larger seen twice or more).
        bool Apart(double line) => steps.Any(s => s.Key > line + PitchTolerance && s.Key <= line + 4 && s.Value.All >= 2);
        var line = steps.Where(s => (s.Value.Full >= 2 || (s.Value.Full == 1 && Apart(s.Key))) && s.Key >= height * 0.95 && s.Key <= height * 1.25)
            .Select(s => s.Key).DefaultIfEmpty(-1).Min();
        return line < 0 ? null : (line, Apart(line));
    }

    /// <summary>
    /// A cell whose text reached the next column its text does not already cross (a merged cell spans columns), or,
    /// beyond the last, as far as any cell of its column (less close for a merged cell: a line of a wide cell ends up
    /// to two characters short where the next may not start a line, 、，。): its text may go on below. Where the line
    /// below starts with a piece wider than a character (<paramref name="lead"/>: ×100%), the room it did not fit in counts too.
    /// </summary>
    private static bool Full(Fragment fragment, double lead, List<(double Start, double Right)> columns, double unit)
    {
        var column = columns.FindIndex(c => Math.Abs(c.Start - fragment.Left) < unit);
        if (column < 0 || fragment.Right - fragment.Left < unit * 5)
        {
            return false;
        }

        var more = Math.Max(0, lead - (unit * 2));
        var next = columns.FindIndex(column + 1, c => c.Start > fragment.Right);
        if (next >= 0)
        {
            return columns[next].Start - fragment.Right <= (unit * FullRoom) + more;
        }

        var merged = column + 1 < columns.Count;
        return columns[column].Right - fragment.Right <= (unit * (merged ? MergedRoom : 2)) + more;
    }

    /// <summary>A merged cell's line that stops less than this short of its column's furthest text (in half characters) was full.</summary>
    private const double MergedRoom = 6;

    /// <summary>Two lines this close to the line pitch (points) stand in the same cell.</summary>
    private const double PitchTolerance = 0.25;

    /// <summary>
    /// A line that goes on with the cells of the line above: each of its cells stands where a cell
    /// of the line above stands, at the distance of lines within a cell. Where the page sets rows
    /// further apart than lines (borders, padding), that distance decides; where it does not, each
    /// cell above must also have been full (its text reached the next column, or in the last column
    /// the furthest any cell of it reaches), so its text wrapped.
    /// </summary>
    private static Continuation Continues(List<Fragment> line, List<Fragment> above, List<(double Start, double Right)> columns, (double Line, bool RowsApart)? pitch, double unit)
    {
        if (line.Count == 0 || above.Count == 0)
        {
            return Continuation.None;
        }

        var pairs = new List<(Fragment Fragment, Fragment Over, int Column)>(line.Count);
        foreach (var fragment in line)
        {
            var over = above.Find(a => Math.Abs(a.Left - fragment.Left) < unit);
            var column = columns.FindIndex(c => Math.Abs(c.Start - fragment.Left) < unit);
            if (over is null || column < 0)
            {
                return Continuation.None;
            }

            pairs.Add((fragment, over, column));
        }

        var full = pairs.All(x => Full(x.Over, x.Fragment.Lead, columns, unit));

        // Tops compare only between Chinese words (digits' font sits a little higher).
        var measured = pairs.Where(x => x.Fragment.WideTop && x.Over.WideTop).ToList();
        if (pitch is { } p && measured.Count > 0)
        {
            if (measured.Any(x => x.Fragment.Top - x.Over.Top > p.Line + PitchTolerance))
            {
                return Continuation.None;
            }

            if (p.RowsApart)
            {
                return full || pairs.Any(x => Full(x.Over, x.Fragment.Lead, columns, unit)) ? Continuation.Wrap : Continuation.NewLine;
            }
        }

        return full ? Continuation.Wrap : Continuation.None;
    }

    /// <summary>A cell whose text stops less than this short of the next column (in half characters, padding included) was full.</summary>
    private const double FullRoom = 3.8;

    /// <summary>
    /// Room between Chinese and Latin text that is a space (a Chinese font's 0.22 of the font size, a Latin one's
    /// more; 0.17 of the text height and up), not the room a word processor adds there (0.2 of the font size,
    /// about 0.155 of the text height).
    /// </summary>
    private const double LatinSpace = 0.17;

    /// <summary>
    /// Room after Chinese text that is a space (before Latin or Chinese text): the space takes the Chinese font (0.22 of the
    /// font size and up, 0.168 of the text height), where a word processor's room before Latin text is 0.2 of the font size
    /// (0.154); measured on the Chinese word's height (a Latin font's box may be taller).
    /// </summary>
    private const double SpaceAfterWide = 0.161;

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

    private sealed record Word(string Text, double Left, double Right, double Top, double Height);

    /// <summary>A cell's text on one printed line; <see cref="Top"/> is that of its first word with Chinese text (a word of Latin text alone sits differently).</summary>
    private sealed record Fragment(double Left, double Right, string Text, double Top, bool WideTop)
    {
        /// <summary>The text height of its last word (a title's is larger than the table's).</summary>
        public double Height { get; init; }

        /// <summary>How wide its start is that no line break could have split (<see cref="Lead(string, Word, double)"/>).</summary>
        public double Lead { get; init; }
    }
}

/// <summary>
/// A PDF's text with stable columns, the lines (from 1) that continue the cells of the line above, and of
/// those the ones that start a new line within the cells (the text above did not fill them: a line break,
/// not a wrap).
/// </summary>
internal sealed record PdfLayout(string Text, IReadOnlySet<int> Continued, IReadOnlySet<int> NewLines);

/// <summary>How a printed line goes on with the cells of the line above.</summary>
internal enum Continuation
{
    None,

    /// <summary>The text above filled its cells and wrapped.</summary>
    Wrap,

    /// <summary>In the same cells (the page sets rows further apart than lines), after a line break: the text above was short.</summary>
    NewLine,
}
