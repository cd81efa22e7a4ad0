using Jixiao.Core.Targets;

namespace Jixiao.Core.Reading;

/// <summary>
/// Text laid out in columns, as `pdftotext -layout` prints a PDF form: cells apart by two or more
/// spaces, a long cell wrapped onto the lines below at the same column. Each line becomes a row
/// with its cells at the columns of the last line that showed three or more (a header or a full
/// row); the rows are marked <see cref="Row.Wrapped"/> so the layouts join wrapped lines.
/// </summary>
internal static class ColumnLayout
{
    /// <summary>Most lines have gaps of two or more spaces, and some start far right (a wrapped cell).</summary>
    public static bool Detect(string[] lines, int start, int end)
    {
        int text = 0, gapped = 0, indented = 0;
        for (var i = start; i < end; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            text++;
            var fragments = Fragments(line);
            gapped += fragments.Count >= 2 ? 1 : 0;
            indented += fragments.Count > 0 && fragments[0].Start >= 6 ? 1 : 0;
        }

        return text >= 5 && gapped * 10 >= text * 3 && indented * 10 >= text;
    }

    public static void Read(string[] lines, int start, int end, List<Row> rows)
    {
        List<int>? columns = null;
        var pageStart = false;
        for (var i = start; i < end; i++)
        {
            // A new page (pdftotext writes a form feed) may lay the columns out anew: blank merged cells take no width.
            var line = lines[i];
            if (line.StartsWith('\f'))
            {
                line = line.TrimStart('\f');
                pageStart = true;
            }

            var fragments = Fragments(line.TrimEnd());

            // A new page that starts with a title: its first line of cells that the columns carried over cannot hold
            // apart (two in one column) starts the page's own columns — the next form, not the table before going on.
            if (pageStart && fragments.Count >= 2)
            {
                pageStart = false;
                if (columns is not null && fragments.Select(f => Nearest(columns, f.Start)).Distinct().Count() < fragments.Count && i > start && !lines[i].StartsWith('\f'))
                {
                    columns = null;
                }
            }

            if (fragments.Count == 0)
            {
                rows.Add(new Row([new Cell("", SourcePosition.Line(i + 1, 1))], SourcePosition.Line(i + 1)));
                continue;
            }

            // The 填表单位 / 填表日期 line under a form is no table row: its 年 月 日 would set columns the next form does not have.
            if (columns is null || (fragments.Count >= columns.Count && !IsFooter(fragments[0].Text)))
            {
                columns = fragments.Select(f => f.Start).ToList();
                pageStart = false;
            }

            var cells = new string[columns.Count];
            foreach (var (at, text) in fragments)
            {
                var k = Nearest(columns, at);
                cells[k] = cells[k] is null ? text : cells[k] + " " + text;
            }

            rows.Add(new Row(cells.Select((t, k) => new Cell(t ?? "", SourcePosition.Line(i + 1, k + 1))).ToList(), SourcePosition.Line(i + 1)) { Wrapped = true });
        }
    }

    private static bool IsFooter(string text) => text.StartsWith("填表", StringComparison.Ordinal) || text.StartsWith("填报", StringComparison.Ordinal);

    private static int Nearest(List<int> columns, int at)
    {
        var best = 0;
        for (var k = 1; k < columns.Count; k++)
        {
            if (Math.Abs(columns[k] - at) < Math.Abs(columns[best] - at) || (columns[k] <= at + 1 && columns[k] > columns[best] && Math.Abs(columns[k] - at) == Math.Abs(columns[best] - at)))
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>The pieces of a line between runs of two or more spaces, with where each starts.</summary>
    public static List<(int Start, string Text)> Fragments(string line)
    {
        var result = new List<(int, string)>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i >= line.Length)
            {
                break;
            }

            var from = i;
            while (i < line.Length && !(char.IsWhiteSpace(line[i]) && (i + 1 >= line.Length || char.IsWhiteSpace(line[i + 1]))))
            {
                i++;
            }

            result.Add((from, line[from..i].Trim()));
        }

        return result;
    }
}
