using System.Globalization;
using System.Text;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Core.Tests.Reading;

namespace Jixiao.Core.Tests.Export.Forms;

/// <summary>
/// Real readers check the forms (issue 11 item 5): LibreOffice headless opens every exported .xlsx and .docx of the
/// seeds and the corpus and prints it to PDF; pdftotext finds every indicator's name and value in both PDFs, the
/// fonts are embedded, and the first page of one sheet per layout is rendered to artifacts/exports/ by pdftoppm
/// for a person to look at. Skipped without soffice, pdftotext or pdftoppm.
/// </summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class RealReaderTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("jixiao-forms-real-");

    private static string? Missing =>
        ExternalConverter.Default.LibreOffice is null ? "LibreOffice（soffice）"
        : ExternalProgram.Find(null, "pdftotext") is null || ExternalProgram.Find(null, "pdftoppm") is null || ExternalProgram.Find(null, "pdffonts") is null ? "poppler-utils"
        : null;

    public void Dispose() => ExternalProgram.DeleteQuietly(folder.FullName);

    [Fact]
    public void Print_EveryExportedForm_PdfTextHoldsEveryIndicatorNameAndValue()
    {
        Assert.SkipWhen(Missing is not null, "需要 " + Missing);
        var documents = FormRoundTripTests.Sources().Select(p => (Name: Path.GetFileNameWithoutExtension(p), FormRoundTripTests.Read(p).Sheets)).ToList();

        var pdfs = Print(documents.Select(d => (d.Name, d.Sheets)).ToList());

        var problems = new List<string>();
        foreach (var (name, sheets) in documents)
        {
            foreach (var format in new[] { "xlsx", "docx" })
            {
                var text = Squeeze(Run("pdftotext", "-raw", "-enc", "UTF-8", pdfs[(name, format)], "-"));
                problems.AddRange(sheets.SelectMany(s => s.Indicators).SelectMany(i => new[] { i.Name, i.Value.Raw ?? "" })
                    .Where(t => !text.Contains(Squeeze(t), StringComparison.Ordinal)).Select(t => $"{name}.{format}: 「{t}」 not in the PDF"));
                var fonts = Run("pdffonts", pdfs[(name, format)]).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
                problems.AddRange(fonts.Where(l => !l.Contains(" yes ", StringComparison.Ordinal)).Select(l => $"{name}.{format}: font not embedded: {l}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void Print_OneSheetPerLayout_FirstPageRenderedToPng()
    {
        Assert.SkipWhen(Missing is not null, "需要 " + Missing);
        // The seeds first: each layout's sample is then a sheet of the seed it comes from (004's 单位整体 with
        // 实施周期 and 当年度 values, not a corpus table that only resembles it).
        var sheets = FormRoundTripTests.Sources().OrderBy(p => p.Contains(Path.Combine("Corpus", "raw"), StringComparison.Ordinal) ? 1 : 0)
            .SelectMany(p => FormRoundTripTests.Read(p).Sheets).ToList();
        var samples = Enum.GetValues<FormFamily>()
            .Select(f => (Name: f.ToString(), Sheets: (IReadOnlyList<TargetSheet>)(f == FormFamily.PublicList
                ? [.. sheets.Where(s => FormFamilies.Infer(s) == f)]
                : [sheets.First(s => FormFamilies.Infer(s) == f)])))
            .ToList();

        var pdfs = Print(samples);

        var exports = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "artifacts", "exports")).FullName;
        foreach (var (name, _) in samples)
        {
            foreach (var format in new[] { "xlsx", "docx" })
            {
                var png = Path.Combine(exports, $"{name}-{format}");
                Run("pdftoppm", "-f", "1", "-l", "1", "-r", "90", "-png", "-singlefile", pdfs[(name, format)], png);
                Assert.True(new FileInfo(png + ".png").Length > 10_000, png + ".png is missing or blank");
            }
        }
    }

    /// <summary>Each document written as .xlsx and .docx and printed by LibreOffice, one run per format; the PDFs by (name, format).</summary>
    private Dictionary<(string, string), string> Print(IReadOnlyList<(string Name, IReadOnlyList<TargetSheet> Sheets)> documents)
    {
        var pdfs = new Dictionary<(string, string), string>();
        foreach (var format in new[] { "xlsx", "docx" })
        {
            var source = Directory.CreateDirectory(Path.Combine(folder.FullName, format)).FullName;
            var inputs = documents.Select(d =>
            {
                var path = Path.Combine(source, d.Name + "." + format);
                File.WriteAllBytes(path, FormExport.Default.Write(d.Sheets, format));
                return path;
            }).ToList();
            var output = Path.Combine(folder.FullName, format + "-pdf");
            var run = ExternalConverter.Default.ConvertFiles(inputs, "pdf", output, TimeSpan.FromMinutes(5));
            Assert.False(run.TimedOut, "LibreOffice did not print the forms in time");
            foreach (var (name, _) in documents)
            {
                var pdf = Path.Combine(output, name + ".pdf");
                Assert.True(File.Exists(pdf), $"LibreOffice printed no {name}.pdf from .{format}: {run.Message}");
                pdfs[(name, format)] = pdf;
            }
        }

        return pdfs;
    }

    private static string Run(string program, params string[] arguments)
    {
        using var stdout = new MemoryStream();
        var run = ExternalProgram.Run(ExternalProgram.Find(null, program)!, arguments, TimeSpan.FromMinutes(1), stdout);
        Assert.True(run.ExitCode == 0, $"{program} failed: {run.Message}");
        return Encoding.UTF8.GetString(stdout.ToArray());
    }

    /// <summary>Text without any white space: a PDF breaks a cell's text into lines wherever the column is full.</summary>
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Jixiao.slnx not found above " + AppContext.BaseDirectory);
    }
}
