using Jixiao.Core.Reading;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// The forms as PDF: the Word forms printed by LibreOffice headless (docs/decisions/012-form-pdf.md), so the
/// PDF is the .docx as a person would print it — A4 sections, repeated heading rows, rows kept whole, the
/// Chinese text in the CJK fonts fontconfig finds (Noto CJK), embedded by LibreOffice's PDF export.
/// </summary>
public sealed class PdfFormWriter(IFormWriter docx, ExternalConverter? converter = null) : IFormWriter
{
    private readonly ExternalConverter converter = converter ?? ExternalConverter.Default;

    public string Format => "pdf";

    public string MediaType => "application/pdf";

    /// <summary>Whether LibreOffice is installed; without it there is no PDF (the other formats still are).</summary>
    public bool Available => converter.LibreOffice is not null;

    /// <summary>The Word writer whose forms LibreOffice prints: a batch writes its .docx inputs with it.</summary>
    public IFormWriter Docx => docx;

    public void Write(Stream output, IReadOnlyList<FormGrid> forms)
    {
        EnsureAvailable();

        var folder = Directory.CreateTempSubdirectory("jixiao-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "form.docx");
            using (var file = File.Create(input))
            {
                docx.Write(file, forms);
            }

            var run = converter.ConvertFiles([input], "pdf", folder.FullName, converter.Timeout);
            var pdf = Path.Combine(folder.FullName, "form.pdf");
            if (run.TimedOut || !File.Exists(pdf))
            {
                throw new FormFormatUnavailableException(run.TimedOut ? "LibreOffice 未能在时限内生成 PDF" : "LibreOffice 未能生成 PDF：" + run.Message);
            }

            using var read = File.OpenRead(pdf);
            read.CopyTo(output);
        }
        finally
        {
            ExternalProgram.DeleteQuietly(folder.FullName);
        }
    }

    /// <summary>
    /// Many .docx forms printed in one LibreOffice run (a region's sheets cost one start per batch, never one
    /// per sheet): each <c>NAME.docx</c> becomes <c>NAME.pdf</c> in <paramref name="outputFolder"/>; returns the
    /// PDFs in the order of the inputs. The run may take the converter's time limit plus 5 s per file.
    /// </summary>
    public IReadOnlyList<string> PrintAll(IReadOnlyList<string> docxFiles, string outputFolder)
    {
        EnsureAvailable();
        if (docxFiles.Count == 0)
        {
            return [];
        }

        var run = converter.ConvertFiles(docxFiles, "pdf", outputFolder, converter.Timeout + TimeSpan.FromSeconds(5 * docxFiles.Count));
        var pdfs = docxFiles.Select(f => Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(f) + ".pdf")).ToList();
        var missing = pdfs.Count(p => !File.Exists(p));
        if (run.TimedOut || missing > 0)
        {
            throw new FormFormatUnavailableException(run.TimedOut
                ? $"LibreOffice 未能在时限内生成 PDF（本批 {docxFiles.Count} 张）"
                : $"LibreOffice 未能生成 {missing} 张表的 PDF：{run.Message}");
        }

        return pdfs;
    }

    private void EnsureAvailable()
    {
        if (!Available)
        {
            throw new FormFormatUnavailableException("导出 PDF 需要 LibreOffice（soffice）：apt-get install -y --no-install-recommends libreoffice-writer-nogui");
        }
    }
}

/// <summary>A format that cannot be written on this machine (a program missing or failing): infrastructure, not bad data.</summary>
public sealed class FormFormatUnavailableException(string message) : Exception(message);
