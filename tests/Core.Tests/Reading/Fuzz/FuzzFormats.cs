using System.Net;
using System.Text;

namespace Jixiao.Core.Tests.Reading.Fuzz;

/// <summary>Writes mutated lines (cells tab-separated) as a .txt, .xlsx, .docx or .html file, and nests elements deep inside one.</summary>
public static class FuzzFormats
{
    /// <summary>Excel columns written per row; the rest of a line joins the last cell (Word allows 63 columns).</summary>
    private const int MaxColumns = 60;

    private static readonly string[] HtmlNests = ["<div>|</div>", "<ul><li>|</li></ul>", "<table><tr><td>|</td></tr></table>", "<span>|", "<i><b><u>|", "<div/>|", "<font>|</font>"];

    public static byte[] Write(string format, List<string> lines) => format switch
    {
        "txt" => Encoding.UTF8.GetBytes(string.Join('\n', lines)),
        "xlsx" => OpenXmlFixtures.Workbook(("表", lines.Select(l => Cells(Clean(l)).Select(c => c.Length == 0 ? null : c).ToArray()).ToArray(), [])),
        "docx" => OpenXmlFixtures.Document([.. Blocks(lines)]),
        "html" => Encoding.UTF8.GetBytes(Html(lines)),
        _ => throw new ArgumentException(format, nameof(format)),
    };

    /// <summary>Elements <paramref name="depth"/> deep at a random place: in the sheet or shared strings, the Word body, the page, or an HTML fragment in a text cell.</summary>
    public static byte[] Nest(string format, byte[] content, int depth, Random random)
    {
        var (open, close) = random.Next(HtmlNests.Length) is var k && HtmlNests[k].Split('|') is [var o, var c] ? (o, c) : ("<div>", "</div>");
        return format switch
        {
            "xlsx" => OpenXmlFixtures.EditPart(content, random.Next(2) == 0 ? HostileFiles.SheetPart : HostileFiles.StringsPart, xml => AtTag(xml, HostileFiles.Nest(depth), random)),
            "docx" => OpenXmlFixtures.EditPart(content, HostileFiles.BodyPart, xml => AtTag(xml, HostileFiles.Nest(depth, "<w:ins>", "</w:ins>"), random)),
            "html" => Encoding.UTF8.GetBytes(AtTag(Encoding.UTF8.GetString(content), HostileFiles.Nest(depth, open, close), random)),
            _ => Encoding.UTF8.GetBytes(InLine(Encoding.UTF8.GetString(content), HostileFiles.Nest(depth, open, close), random)),
        };
    }

    private static string[] Cells(string line)
    {
        var cells = line.Split('\t');
        return cells.Length <= MaxColumns ? cells : [.. cells[..(MaxColumns - 1)], string.Join('\t', cells[(MaxColumns - 1)..])];
    }

    /// <summary>Runs of lines with several cells become tables; other lines paragraphs.</summary>
    private static IEnumerable<DocxBlock> Blocks(List<string> lines)
    {
        var table = new List<string?[]>();
        foreach (var line in lines)
        {
            var cells = Cells(line);
            if (cells.Length > 1)
            {
                table.Add(cells);
                continue;
            }

            if (table.Count > 0)
            {
                yield return new DocxTable([.. table]);
                table.Clear();
            }

            yield return new DocxParagraph(Clean(line));
        }

        if (table.Count > 0)
        {
            yield return new DocxTable([.. table]);
        }
    }

    /// <summary>Characters XML cannot hold (control characters) left out of Word text.</summary>
    private static string Clean(string text) => string.Concat(text.Where(c => c is '\t' or '\n' || !char.IsControl(c)));

    private static string Html(List<string> lines)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>绩效目标表</title></head><body>");
        var inTable = false;
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            if (cells.Length > 1 != inTable)
            {
                html.Append(inTable ? "</table>" : "<table>");
                inTable = !inTable;
            }

            if (inTable)
            {
                html.Append("<tr>").AppendJoin("", cells.Select(c => "<td>" + Cell(c) + "</td>")).Append("</tr>");
            }
            else
            {
                html.Append("<p>").Append(Cell(line)).Append("</p>");
            }
        }

        return html.Append(inTable ? "</table>" : "").Append("</body></html>").ToString();
    }

    /// <summary>Cell text as a page has it: outlines (001) keep their paragraphs, other text is escaped.</summary>
    private static string Cell(string text) => text.Contains("<p>", StringComparison.Ordinal) ? text : WebUtility.HtmlEncode(text);

    /// <summary>Inserts markup before a random tag after the root element's start, so it lands between elements.</summary>
    private static string AtTag(string markup, string insert, Random random)
    {
        var tags = new List<int>();
        for (var i = markup.IndexOf('<', markup.IndexOf('<', markup.IndexOf('<') + 1) + 1); i >= 0; i = markup.IndexOf('<', i + 1))
        {
            tags.Add(i);
        }

        return tags.Count == 0 ? markup + insert : markup.Insert(tags[random.Next(tags.Count)], insert);
    }

    private static string InLine(string text, string insert, Random random)
    {
        var lines = text.Split('\n');
        var at = random.Next(lines.Length);
        lines[at] = lines[at] + "\t" + insert;
        return string.Join('\n', lines);
    }
}
