using System.Diagnostics;
using System.Globalization;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Reading;

namespace Jixiao.Bench;

/// <summary>
/// `forms [--sheets 1000] [--formats xlsx,docx,html,pdf,fodt] [--out DIR]` (issue 11 item 6): the 46 seed sheets repeated
/// to N, laid out and written as one file per format (N worksheets, N Word sections, N HTML forms, N PDF pages
/// and more), timed end to end with the process's peak memory. Run it on one core: `taskset -c 0 dotnet …`.
/// </summary>
internal static class FormExportRun
{
    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var count = int.Parse(options.Get("sheets", "1000"), CultureInfo.InvariantCulture);
        var formats = options.Get("formats", "xlsx,docx,html,pdf").Split(',');
        var folder = Directory.CreateDirectory(options.Get("out", Path.Combine(Path.GetTempPath(), "jixiao-forms-bench"))).FullName;
        var seeds = SeedFiles.Names.SelectMany(n => DocumentImporter.Default.Import(n + ".txt", SeedFiles.Read(n)).Document!.Sheets).ToList();
        var sheets = Enumerable.Range(0, count).Select(i => seeds[i % seeds.Count]).ToList();
        Console.WriteLine($"{count} sheets ({seeds.Count} seed sheets repeated), {sheets.Sum(s => s.Indicators.Count)} indicators; {Environment.ProcessorCount} processor(s) visible");

        // Warm-up: the code paths JIT-compiled once on a few sheets, so the figures are the work, not the start.
        foreach (var format in formats.Where(f => f is not "pdf" and not "fodt"))
        {
            FormExport.Default.Write(sheets.Take(10).ToList(), format);
        }

        foreach (var format in formats)
        {
            var path = Path.Combine(folder, $"forms-{count}.{format}");
            var clock = Stopwatch.StartNew();
            var forms = FormExport.Layout(sheets);
            var laidOut = clock.Elapsed;
            using (var file = File.Create(path))
            {
                // fodt: the OpenDocument text the PDF is printed from, to time LibreOffice on its own.
                (format == "fodt" ? new OdfFormWriter() : FormExport.Default.Writer(format)!).Write(file, forms);
            }

            clock.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{format,-5} {clock.Elapsed.TotalSeconds,7:0.00} s  (layout {laidOut.TotalSeconds:0.00} s)  {new FileInfo(path).Length / 1024.0 / 1024.0,7:0.0} MB  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB  {path}"));
        }

        return 0;
    }
}
