using Jixiao.Core.Export.Forms;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Export.Forms;

/// <summary>
/// The forms of every seed and corpus document printed to PDF by the product's PDF writer, all in one LibreOffice
/// run, on the first request (a run of the .xlsx/.docx/.html cases alone pays nothing), then kept by file name.
/// </summary>
public sealed class PrintedForms
{
    private readonly Lazy<Dictionary<string, byte[]>> pdfs = new(Print);

    /// <summary>Why no PDF can be printed and read here (a program to install), or null.</summary>
    public static string? Missing =>
        ExternalConverter.Default.LibreOffice is null ? "LibreOffice（soffice）：apt-get install -y --no-install-recommends libreoffice-writer-nogui"
        : ExternalConverter.Default.PdfToText is null ? "pdftotext：apt-get install -y poppler-utils"
        : null;

    public byte[] Pdf(string file) => pdfs.Value[file];

    private static Dictionary<string, byte[]> Print()
    {
        var files = FormRoundTripTests.Sources().ToList();
        var documents = files.Select(f => FormExport.Layout(FormRoundTripTests.Read(f).Sheets)).ToList();
        var writer = (PdfFormWriter)FormExport.Default.Writer("pdf")!;
        var printed = writer.WriteMany(documents);
        return files.Select((f, i) => (Path.GetFileName(f), printed[i])).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
    }
}
