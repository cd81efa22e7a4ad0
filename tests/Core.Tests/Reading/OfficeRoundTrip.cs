using System.Diagnostics;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Layouts;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Reading;

/// <summary>How one file of one format read back against its gold: rows exact, rows read that gold lacks, the rest.</summary>
public sealed record RoundTripResult(string Document, string Format, IReadOnlyList<string> Gold, IReadOnlyList<string> Read, int Unplaced, ReadError? Error)
{
    public IReadOnlyList<string> Missing { get; } = Subtract(Gold, Read);

    public IReadOnlyList<string> Invented { get; } = Subtract(Read, Gold);

    public int Exact => Gold.Count - Missing.Count;

    private static List<string> Subtract(IReadOnlyList<string> from, IReadOnlyList<string> take)
    {
        var left = take.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rest = new List<string>();
        foreach (var key in from)
        {
            if (left.TryGetValue(key, out var n) && n > 0)
            {
                left[key] = n - 1;
            }
            else
            {
                rest.Add(key);
            }
        }

        return rest;
    }
}

/// <summary>
/// The round trip of issue 9 item 5, done once for the test class: every seed and corpus gold file written
/// as a real .xlsx and .docx form by the product's form writers, LibreOffice turning the folder of workbooks into .xls and the folder of
/// documents into .doc, .odt and .pdf (one soffice run per target format), Kingsoft .et/.wps copies of the
/// .xls/.doc files, and every file read back through the production readers: the converting readers in one
/// batch per kind (<see cref="ConvertedOfficeReader.ReadAll"/>), PDF through pdftotext one by one.
/// Skipped (<see cref="Missing"/>) without LibreOffice or pdftotext.
/// </summary>
public sealed class OfficeRoundTrip : IDisposable
{
    public static readonly string[] OfficeFormats = ["xls", "et", "doc", "wps", "odt"];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("jixiao-roundtrip-");

    public OfficeRoundTrip()
    {
        var converter = ExternalConverter.Default;
        Missing = converter.LibreOffice is null ? "LibreOffice（soffice）：apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui"
            : converter.PdfToText is null ? "pdftotext：apt-get install -y poppler-utils"
            : null;
        if (Missing is not null)
        {
            return;
        }

        var total = Stopwatch.StartNew();
        var originals = new Dictionary<string, List<string>> { ["xlsx"] = [], ["docx"] = [] };
        foreach (var document in GoldDocument.All)
        {
            var sheets = document.Sheets.Select(GoldTargetSheets.Of).ToList();
            originals["xlsx"].Add(Write("xlsx", document.Name + ".xlsx", FormExport.Default.Write(sheets, "xlsx")));
            originals["docx"].Add(Write("docx", document.Name + ".docx", FormExport.Default.Write(sheets, "docx")));
        }

        Timings.Add(("write .xlsx/.docx forms", total.Elapsed));
        foreach (var (source, target) in new[] { ("xlsx", "xls"), ("docx", "doc"), ("docx", "odt"), ("docx", "pdf") })
        {
            var step = Stopwatch.StartNew();
            var run = converter.ConvertFiles(originals[source], target, Path.Combine(folder.FullName, target), TimeSpan.FromMinutes(3));
            Timings.Add(($"soffice --convert-to {target} ({originals[source].Count} files, one run)", step.Elapsed));
            Assert.False(run.TimedOut, $"LibreOffice did not convert to {target} in time");
        }

        // Kingsoft WPS saves .et and .wps in the Excel 97 and Word 97 formats: the same bytes under their names.
        Copy("xls", "et");
        Copy("doc", "wps");

        foreach (var format in new[] { "xlsx", "docx" })
        {
            var step = Stopwatch.StartNew();
            ReadEach(format);
            Timings.Add(($"read .{format}", step.Elapsed));
        }

        ReadBatch(ConvertedOfficeReader.Spreadsheets(converter), "xls", "et");
        ReadBatch(ConvertedOfficeReader.Documents(converter), "doc", "wps", "odt");
        var pdf = Stopwatch.StartNew();
        ReadEach("pdf");
        Timings.Add(("read .pdf (pdftotext, one by one)", pdf.Elapsed));
        Timings.Add(("whole round trip", total.Elapsed));
    }

    /// <summary>Why the round trip could not run (a program to install), or null.</summary>
    public string? Missing { get; }

    public List<RoundTripResult> Results { get; } = [];

    public List<(string Step, TimeSpan Elapsed)> Timings { get; } = [];

    public IEnumerable<RoundTripResult> Of(string format) => Results.Where(r => r.Format == format);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("JIXIAO_KEEP_ROUNDTRIP") is null)
        {
            folder.Delete(recursive: true);
        }
    }

    private string Write(string format, string name, byte[] content)
    {
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(folder.FullName, format)).FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(folder.FullName, from)))
        {
            Write(to, Path.GetFileNameWithoutExtension(file) + "." + to, File.ReadAllBytes(file));
        }
    }

    private static GoldDocument GoldOf(string path) => GoldDocument.All.Single(d => d.Name == Path.GetFileNameWithoutExtension(path));

    private IEnumerable<string> Files(string format) =>
        GoldDocument.All.Select(d => Path.Combine(folder.FullName, format, d.Name + "." + format));

    private void ReadEach(string format)
    {
        foreach (var path in Files(format))
        {
            var outcome = File.Exists(path) ? DocumentImporter.Default.ImportFile(path) : new ImportOutcome(null, null);
            Results.Add(Result(format, path, outcome.Document, outcome.Error));
        }
    }

    private void ReadBatch(ConvertedOfficeReader reader, params string[] formats)
    {
        var step = Stopwatch.StartNew();
        var paths = formats.SelectMany(Files).ToList();
        var read = reader.ReadAll(paths.Select(p => (Path.GetFileName(p), File.Exists(p) ? File.ReadAllBytes(p) : [])).ToList());
        for (var i = 0; i < paths.Count; i++)
        {
            var document = read[i].Document is { } d ? SheetRecogniser.Recognise(d) : null;
            Results.Add(Result(Path.GetExtension(paths[i])[1..], paths[i], document, read[i].Error));
        }

        Timings.Add(($"read .{string.Join("/.", formats)} ({paths.Count} files, one soffice run)", step.Elapsed));
    }

    private static RoundTripResult Result(string format, string path, ImportedDocument? document, ReadError? error)
    {
        var gold = GoldOf(path).Sheets.SelectMany(s => s.Rows).Select(r => r.Key).ToList();
        var read = document?.Sheets.SelectMany(s => s.Indicators).Select(Key).ToList() ?? [];
        return new RoundTripResult(GoldOf(path).Name, format, gold, read, document?.UnplacedCount ?? 0, error);
    }

    private static string Key(Indicator i) =>
        GoldRow.RowKey(i.Level1, i.Level2, i.Name, TargetValueParser.SignCode(i.Value.Sign), i.Value.Number, i.Value.Unit);
}
