using System.Globalization;
using System.Net;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Bench;

/// <summary>
/// `upload-files OUT [BYTES]`: one file of each kind the importer reads itself (.txt, .xlsx, .docx,
/// .html), each just under BYTES (10,400,000 by default; the upload limit is 10 MiB), made by
/// repeating the seed documents with a counter in every unit and indicator name, so each copy is a
/// different sheet and the files compress like real ones. Used by bench/load/upload-memory.sh.
/// Single-cell lines become paragraphs (.docx, .html) and runs of multi-cell lines tables.
/// </summary>
public static class UploadFiles
{
    public static int Run(string[] args)
    {
        var folder = args.Length > 1 ? args[1] : "upload-files";
        var target = args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 10_400_000L;
        Directory.CreateDirectory(folder);
        var seeds = SeedFiles.Names.Select(n => Encoding.UTF8.GetString(SeedFiles.Read(n)).Replace("\r", "", StringComparison.Ordinal).Split('\n')).ToArray();
        foreach (var (kind, make) in new (string, Func<string[][], int, byte[]>)[] { ("txt", Text), ("html", Html), ("docx", Docx), ("xlsx", Xlsx) })
        {
            // Grow the number of copies until the file is within 2 % under the target.
            var copies = 10;
            var bytes = make(seeds, copies);
            for (var i = 0; i < 8 && (bytes.Length > target || bytes.Length < target * 0.98); i++)
            {
                copies = Math.Max(1, (int)(copies * (target * 0.99 / bytes.Length)));
                bytes = make(seeds, copies);
            }

            var path = Path.Combine(folder, $"upload-{target / 1000}k.{kind}");
            File.WriteAllBytes(path, bytes);
            Console.WriteLine($"{path}: {bytes.Length:N0} bytes, {copies} copies of the {seeds.Length} seeds");
        }

        return 0;
    }

    /// <summary>Copy <paramref name="n"/> of the seeds, line by line, cells split at tabs, a counter in each name.</summary>
    private static IEnumerable<string[]> Lines(string[][] seeds, int copies)
    {
        for (var n = 0; n < copies; n++)
        {
            foreach (var seed in seeds)
            {
                foreach (var line in seed)
                {
                    var cells = line.Split('\t');
                    for (var i = 0; i < cells.Length; i++)
                    {
                        // Names (units, projects, indicators) carry the copy number; numbers and symbols stay.
                        if (cells[i].Length >= 4 && (cells[i].EndsWith('局') || cells[i].EndsWith('率') || cells[i].EndsWith('数')
                            || cells[i].EndsWith('度') || cells[i].EndsWith('目') || cells[i].EndsWith('量')))
                        {
                            cells[i] += (n + 1).ToString(CultureInfo.InvariantCulture);
                        }
                    }

                    yield return cells;
                }

                yield return [""];
            }
        }
    }

    private static bool Single(string[] cells) => cells.Count(c => c.Length > 0) <= 1;

    private static byte[] Text(string[][] seeds, int copies)
    {
        var text = new StringBuilder();
        foreach (var cells in Lines(seeds, copies))
        {
            text.Append(string.Join('\t', cells)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Html(string[][] seeds, int copies)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>绩效目标</title></head><body>\n");
        var inTable = false;
        foreach (var cells in Lines(seeds, copies))
        {
            if (Single(cells))
            {
                if (inTable) { html.Append("</table>\n"); inTable = false; }
                html.Append("<p>").Append(WebUtility.HtmlEncode(string.Concat(cells))).Append("</p>\n");
                continue;
            }

            if (!inTable) { html.Append("<table border=\"1\">\n"); inTable = true; }
            html.Append("<tr>");
            foreach (var cell in cells)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append(inTable ? "</table></body></html>\n" : "</body></html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static byte[] Docx(string[][] seeds, int copies)
    {
        const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var body = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{W}\"><w:body>");
        var inTable = false;
        foreach (var cells in Lines(seeds, copies))
        {
            if (Single(cells))
            {
                if (inTable) { body.Append("</w:tbl>"); inTable = false; }
                body.Append("<w:p><w:r><w:t xml:space=\"preserve\">").Append(SecurityElement.Escape(string.Concat(cells))).Append("</w:t></w:r></w:p>");
                continue;
            }

            if (!inTable) { body.Append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"); inTable = true; }
            body.Append("<w:tr>");
            foreach (var cell in cells)
            {
                body.Append("<w:tc><w:p><w:r><w:t xml:space=\"preserve\">").Append(SecurityElement.Escape(cell)).Append("</w:t></w:r></w:p></w:tc>");
            }

            body.Append("</w:tr>");
        }

        body.Append(inTable ? "</w:tbl>" : "").Append("<w:p/></w:body></w:document>");
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            Write(main, body);
        }

        return buffer.ToArray();
    }

    private static byte[] Xlsx(string[][] seeds, int copies)
    {
        const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var sheet = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"{S}\"><sheetData>");
        var row = 0;
        foreach (var cells in Lines(seeds, copies))
        {
            row++;
            sheet.Append("<row r=\"").Append(row).Append("\">");
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c].Length == 0)
                {
                    continue;
                }

                if (!strings.TryGetValue(cells[c], out var index))
                {
                    strings[cells[c]] = index = strings.Count;
                }

                sheet.Append("<c r=\"").Append(Column(c)).Append(row).Append("\" t=\"s\"><v>").Append(index).Append("</v></c>");
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData></worksheet>");
        var shared = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"{S}\" count=\"{strings.Count}\" uniqueCount=\"{strings.Count}\">");
        foreach (var s in strings.Keys)
        {
            shared.Append("<si><t xml:space=\"preserve\">").Append(SecurityElement.Escape(s)).Append("</t></si>");
        }

        shared.Append("</sst>");
        using var buffer = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            var part = book.AddNewPart<WorksheetPart>();
            var sst = book.AddNewPart<SharedStringTablePart>();
            Write(book, new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{S}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"{book.GetIdOfPart(part)}\"/></sheets></workbook>"));
            Write(part, sheet);
            Write(sst, shared);
        }

        return buffer.ToArray();
    }

    private static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static void Write(OpenXmlPart part, StringBuilder xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write(xml);
    }
}
