using System.Globalization;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Export.Forms;

/// <summary>
/// The forms as PDF: the forms written as an OpenDocument text (<see cref="OdfFormWriter"/>, the same layout as the
/// Word form) and printed by LibreOffice headless (docs/decisions/012-form-pdf.md, 017-pdf-from-odf.md) — A4 pages,
/// repeated heading rows, rows kept whole, the Chinese text in the CJK fonts fontconfig finds (Noto CJK), embedded
/// by LibreOffice's PDF export. <paramref name="source"/> is the writer of the file LibreOffice prints;
/// <paramref name="attached"/>, when given, writes the same forms as the spreadsheet embedded in each PDF
/// (<see cref="PdfFormAttachment"/>, docs/decisions/021).
/// </summary>
public sealed class PdfFormWriter(IFormWriter source, ExternalConverter? converter = null, IFormWriter? attached = null) : IFormWriter
{
    private readonly ExternalConverter converter = converter ?? ExternalConverter.Default;

    public string Format => "pdf";

    public string MediaType => "application/pdf";

    /// <summary>Whether LibreOffice is installed; without it there is no PDF (the other formats still are).</summary>
    public bool Available => converter.LibreOffice is not null;

    /// <summary>The writer of the files LibreOffice prints (an OpenDocument text): a batch writes its inputs with it.</summary>
    public IFormWriter Source => source;

    /// <summary>The writer of the spreadsheet embedded in each PDF; null for PDFs without one.</summary>
    public IFormWriter? Attached => attached;

    /// <summary>The printed PDF with the forms' spreadsheet embedded (as it was without <see cref="Attached"/>).</summary>
    public byte[] WithAttachment(byte[] printed, IReadOnlyList<FormGrid> forms)
    {
        if (attached is null)
        {
            return printed;
        }

        using var spreadsheet = new MemoryStream();
        attached.Write(spreadsheet, forms);
        return PdfFormAttachment.Attach(printed, spreadsheet.ToArray());
    }

    public void Write(Stream output, IReadOnlyList<FormGrid> forms) => output.Write(WriteMany([forms])[0]);

    /// <summary>
    /// Several documents' forms as one PDF each, printed in one LibreOffice run (one start, not one per document:
    /// a region's export, the round-trip tests).
    /// </summary>
    public IReadOnlyList<byte[]> WriteMany(IReadOnlyList<IReadOnlyList<FormGrid>> documents)
    {
        EnsureAvailable();

        var folder = Directory.CreateTempSubdirectory("jixiao-pdf-");
        try
        {
            var inputs = new List<string>(documents.Count);
            for (var i = 0; i < documents.Count; i++)
            {
                var input = Path.Combine(folder.FullName, string.Create(CultureInfo.InvariantCulture, $"form{i}.{source.Format}"));
                using (var file = File.Create(input))
                {
                    source.Write(file, documents[i]);
                }

                inputs.Add(input);
            }

            // The time limit grows with the forms: LibreOffice lays out ~30 ms of CPU per form, several times that on a busy machine.
            var printed = PrintAll(inputs, folder.FullName, TimeSpan.FromMilliseconds(250 * documents.Sum(d => d.Count)));
            return [.. printed.Select((pdf, i) => WithAttachment(File.ReadAllBytes(pdf), documents[i]))];
        }
        finally
        {
            ExternalProgram.DeleteQuietly(folder.FullName);
        }
    }

    /// <summary>
    /// Many files written by <see cref="Source"/> printed in one LibreOffice run (a region's sheets cost one start
    /// per batch, never one per sheet): each <c>NAME.fodt</c> becomes <c>NAME.pdf</c> in <paramref name="outputFolder"/>;
    /// returns the PDFs in the order of the inputs. The run may take the converter's time limit plus <paramref name="allowance"/>.
    /// </summary>
    public IReadOnlyList<string> PrintAll(IReadOnlyList<string> files, string outputFolder, TimeSpan allowance)
    {
        EnsureAvailable();
        if (files.Count == 0)
        {
            return [];
        }

        var run = converter.ConvertFiles(files, "pdf", outputFolder, converter.Timeout + allowance);
        var pdfs = files.Select(f => Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(f) + ".pdf")).ToList();
        var missing = pdfs.Count(p => !File.Exists(p));
        if (run.TimedOut || missing > 0)
        {
            throw new FormFormatUnavailableException(run.TimedOut
                ? $"LibreOffice 未能在时限内生成 PDF（本批 {files.Count} 个文件）"
                : $"LibreOffice 未能生成 {missing} 个 PDF：{run.Message}");
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
