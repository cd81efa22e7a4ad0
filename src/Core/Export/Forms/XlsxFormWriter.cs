using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// The forms as an .xlsx workbook, one worksheet per form: title merged across, real merged cells with thin
/// borders, column widths, row heights for the wrapped text, A4 print setup fitted to the page width with the
/// indicator header repeated on every page (Print_Titles) and page numbers in the footer. Every text is an
/// inline string — never a formula, whatever it starts with; amounts are numbers formatted 0.00.
/// </summary>
public sealed class XlsxFormWriter : IFormWriter
{
    public string Format => "xlsx";

    public string MediaType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Write(Stream output, IReadOnlyList<FormGrid> forms)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxFormStyles.Stylesheet();
            var sheets = new Sheets();
            var names = new DefinedNames();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < forms.Count; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var name = SheetName(forms[i].Name, i, used);
                var titles = XlsxFormSheet.Write(part, forms[i]);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)i + 1, Name = name });
                if (titles is { } rows)
                {
                    names.Append(new DefinedName($"'{name}'!${rows.First}:${rows.Last}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
                }
            }

            workbook.Workbook.Append(sheets);
            if (names.HasChildren)
            {
                workbook.Workbook.Append(names);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>A tab name: at most 31 characters, none of []:*?/\ and no apostrophe at the ends, unique in the workbook.</summary>
    internal static string SheetName(string name, int index, HashSet<string> used)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\') && !char.IsControl(c))]).Trim('\'', ' ');
        var prefix = (index + 1).ToString(CultureInfo.InvariantCulture) + " ";
        var candidate = prefix + clean;
        candidate = candidate.Length == prefix.Length ? prefix + "绩效目标表" : candidate;
        candidate = candidate[..Math.Min(31, candidate.Length)].TrimEnd('\'', ' ');
        used.Add(candidate);
        return candidate;
    }
}
