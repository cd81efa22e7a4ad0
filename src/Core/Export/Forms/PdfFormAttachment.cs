using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// The form's own spreadsheet inside its PDF (docs/decisions/021), as e-invoices carry their data (PDF/A-3,
/// Factur-X): an embedded file <see cref="FileName"/> with the relationship /Source. A PDF viewer lists it as an
/// attachment (the editable 绩效目标表 travels with the printed one), and Jixiao reads a PDF it made from it —
/// after checking it against the page — where the page cannot show everything (a space LibreOffice lets hang at
/// the end of a printed line).
/// </summary>
public static class PdfFormAttachment
{
    /// <summary>The embedded file's name, which the PDF reader looks for.</summary>
    public const string FileName = Reading.PdfTextReader.AttachedFormName;

    private const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// The PDF with the spreadsheet embedded. A PDF that cannot be opened for the change (none of LibreOffice's
    /// should fail) comes back as it was: the printed form is whole without its attachment.
    /// </summary>
    public static byte[] Attach(byte[] pdf, byte[] xlsx)
    {
        try
        {
            using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Modify);

            var file = new PdfDictionary(document);
            file.Elements.SetName("/Type", "/EmbeddedFile");
            file.Elements.SetName("/Subtype", "/" + MediaType.Replace("/", "#2F", StringComparison.Ordinal));
            var parameters = new PdfDictionary(document);
            parameters.Elements.SetInteger("/Size", xlsx.Length);
            file.Elements["/Params"] = parameters;
            file.CreateStream(xlsx);
            document.Internals.AddObject(file);

            var embedded = new PdfDictionary(document);
            embedded.Elements.SetReference("/F", file);
            embedded.Elements.SetReference("/UF", file);

            var specification = new PdfDictionary(document);
            specification.Elements.SetName("/Type", "/Filespec");
            specification.Elements.SetString("/F", FileName);
            specification.Elements["/UF"] = new PdfString(FileName, PdfStringEncoding.Unicode);
            specification.Elements["/Desc"] = new PdfString("绩效目标表（Excel 原表）", PdfStringEncoding.Unicode);
            specification.Elements.SetName("/AFRelationship", "/Source");
            specification.Elements["/EF"] = embedded;
            document.Internals.AddObject(specification);

            var tree = new PdfDictionary(document);
            tree.Elements["/Names"] = new PdfArray(document, new PdfString(FileName), specification.Reference!);
            var catalog = document.Internals.Catalog;
            var names = catalog.Elements.GetDictionary("/Names"); // named destinations and the like stay
            if (names is null)
            {
                names = new PdfDictionary(document);
                catalog.Elements["/Names"] = names;
            }

            names.Elements["/EmbeddedFiles"] = tree;
            catalog.Elements["/AF"] = new PdfArray(document, specification.Reference!);

            using var output = new MemoryStream(pdf.Length + xlsx.Length + 4096);
            document.Save(output);
            return output.ToArray();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PDFsharp reports a PDF it cannot parse as a plain Exception.
            return pdf;
        }
    }
}
