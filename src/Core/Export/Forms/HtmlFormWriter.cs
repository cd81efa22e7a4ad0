using System.Net;
using System.Text;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// The forms as one HTML page for the web and the portal: each form a bordered table with rowspan/colspan,
/// its heading row in &lt;thead&gt; (browsers repeat it on each printed page), and print CSS for A4 with a
/// page break between forms and rows that do not split.
/// </summary>
public sealed class HtmlFormWriter : IFormWriter
{
    public string Format => "html";

    public string MediaType => "text/html; charset=utf-8";

    public const string Css = """
        body{font-family:"SimSun","Songti SC","Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:10.5pt;color:#000;margin:0 auto;max-width:1100px}
        .form{margin:24px 0}
        .form h1{font-family:"SimHei","Heiti SC","Noto Sans CJK SC",sans-serif;font-size:16pt;text-align:center;margin:0 0 6px}
        .form .subtitle{text-align:center;margin:2px 0}
        .form table{border-collapse:collapse;width:100%;table-layout:fixed}
        .form td,.form th{border:1px solid #000;padding:3px 5px;vertical-align:middle;word-break:break-all;white-space:pre-line}
        .form th,.form td.label{background:#f2f4f7;font-weight:bold;text-align:center}
        .form td.category{text-align:center}
        .form td.amount{text-align:right}
        .form .footer{margin:8px 0 0;white-space:pre}
        @page{size:A4 portrait;margin:15mm}
        @page wide{size:A4 landscape;margin:15mm}
        @media print{.form{page-break-after:always;margin:0}.form.wide{page:wide}tr{page-break-inside:avoid;break-inside:avoid}.form.breakable tr{page-break-inside:auto;break-inside:auto}thead{display:table-header-group}}
        """;

    public void Write(Stream output, IReadOnlyList<FormGrid> forms)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        writer.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>");
        writer.Write(E(forms.Count > 0 ? forms[0].Title : "绩效目标表"));
        writer.Write("</title><style>");
        writer.Write(Css);
        writer.Write("</style></head><body>\n");
        foreach (var form in forms)
        {
            WriteForm(writer, form);
        }

        writer.Write("</body></html>\n");
    }

    /// <summary>One form as a &lt;section&gt;: title, subtitles, the table, the footer lines.</summary>
    public static void WriteForm(TextWriter writer, FormGrid form)
    {
        writer.Write($"<section class=\"form{(form.Landscape ? " wide" : "")}{(form.RowsMayBreak ? " breakable" : "")}\">");
        writer.Write($"<h1>{E(form.Title)}</h1>");
        foreach (var line in form.Subtitles)
        {
            writer.Write($"<p class=\"subtitle\">{E(line)}</p>");
        }

        var split = form.HeaderRow >= 0 ? form.HeaderRow : form.Rows.Count;
        if (split > 0)
        {
            Table(writer, form, 0, split, 0);
        }

        if (split < form.Rows.Count)
        {
            Table(writer, form, split, form.Rows.Count, form.HeaderRowCount);
        }

        if (form.Footer is { } footer)
        {
            writer.Write($"<p class=\"footer\">{E(footer)}</p>");
        }

        writer.Write("</section>\n");
    }

    /// <summary>Rows [from, to) as a table; the first <paramref name="head"/> of them in &lt;thead&gt;.</summary>
    private static void Table(TextWriter writer, FormGrid form, int from, int to, int head)
    {
        writer.Write("<table><colgroup>");
        var total = form.Widths.Sum();
        foreach (var width in form.Widths)
        {
            writer.Write($"<col style=\"width:{(width / total * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}%\">");
        }

        writer.Write("</colgroup>");
        for (var r = from; r < to; r++)
        {
            var heading = r - from < head;
            writer.Write(r == from ? (heading ? "<thead>" : "<tbody>") : r - from == head ? "</thead><tbody>" : "");
            writer.Write("<tr>");
            foreach (var cell in form.Rows[r].OfType<FormCell>())
            {
                var tag = heading ? "th" : "td";
                var spans = (cell.ColumnSpan > 1 ? $" colspan=\"{cell.ColumnSpan}\"" : "") + (cell.RowSpan > 1 ? $" rowspan=\"{cell.RowSpan}\"" : "");
                var css = heading ? "" : cell.Kind switch { FormCellKind.Label => " class=\"label\"", FormCellKind.Category => " class=\"category\"", FormCellKind.Amount => " class=\"amount\"", _ => "" };
                writer.Write($"<{tag}{spans}{css}>{E(cell.Text)}</{tag}>");
            }

            writer.Write("</tr>");
        }

        writer.Write(to - from <= head ? "</thead></table>" : "</tbody></table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(FormText.Clean(text));
}
