using Jixiao.Core.Reading;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// The forms as PDF: the forms written as an OpenDocument text (<see cref="OdfFormWriter"/>, the same layout as the
/// Word form) and printed by LibreOffice headless (docs/decisions/012-form-pdf.md, 017-pdf-from-odf.md) — A4 pages,
/// repeated heading rows, rows kept whole, the Chinese text in the CJK fonts fontconfig finds (Noto CJK), embedded
/// by LibreOffice's PDF export. <paramref name="source"/> is the writer of the file LibreOffice prints.
/// </summary>
public sealed class PdfFormWriter(IFormWriter source, ExternalConverter? converter = null) : IFormWriter
{
    private readonly ExternalConverter converter = converter ?? ExternalConverter.Default;

    public string Format => "pdf";

    public string MediaType => "application/pdf";

    /// <summary>Whether LibreOffice is installed; without it there is no PDF (the other formats still are).</summary>
    public bool Available => converter.LibreOffice is not null;

    public void Write(Stream output, IReadOnlyList<FormGrid> forms)
    {
        if (!Available)
        {
            throw new FormFormatUnavailableException("导出 PDF 需要 LibreOffice（soffice）：apt-get install -y --no-install-recommends libreoffice-writer-nogui");
        }

        var folder = Directory.CreateTempSubdirectory("jixiao-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "form." + source.Format);
            using (var file = File.Create(input))
            {
                source.Write(file, forms);
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
}

/// <summary>A format that cannot be written on this machine (a program missing or failing): infrastructure, not bad data.</summary>
public sealed class FormFormatUnavailableException(string message) : Exception(message);
