using System.Diagnostics;
using System.Globalization;
using Jixiao.Data;

namespace Jixiao.Bench;

/// <summary>
/// `region-export --provider sqlite|postgres --connection STRING --region CODE --year YYYY [--formats xlsx,html] [--out DIR]`
/// (issue 11 item 4): a region-year's sheets (made by `fill … --region CODE --year YYYY`) read twice without writing
/// (cold, then warm: what loading costs), then written as the zip of forms per format, each timed with the process's
/// CPU time and peak working set — the figures of `jixiao export --region` and of a web export job.
/// </summary>
internal static class RegionExportRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var provider = options.Get("provider", "sqlite").Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var settings = new DatabaseSettings(provider, options.Get("connection", "Data Source=jixiao-load.db"));
        var region = options.Get("region", "110101");
        var year = int.Parse(options.Get("year", "2025"), CultureInfo.InvariantCulture);
        var folder = Directory.CreateDirectory(options.Get("out", Path.Combine(Path.GetTempPath(), "jixiao-region-bench"))).FullName;
        await using var db = JixiaoDb.Create(settings);

        foreach (var pass in new[] { "read (cold)", "read (warm)" })
        {
            var (clock, cpu) = Start();
            var ids = await RegionFormExport.IdsAsync(db, SheetScope.All, region, year);
            var indicators = 0;
            await foreach (var sheet in RegionFormExport.SheetsAsync(db, SheetScope.All, ids, null))
            {
                indicators += sheet?.Sheet.Indicators.Count ?? 0;
            }

            Print(pass, clock, cpu, $"{ids.Count} sheets, {indicators} indicators");
        }

        foreach (var format in options.Get("formats", "xlsx,html").Split(','))
        {
            var path = Path.Combine(folder, $"region-{region}-{year}.{format}.zip");
            var (clock, cpu) = Start();
            int written;
            await using (var file = File.Create(path))
            {
                written = await RegionFormExport.WriteAsync(db, SheetScope.All, new RegionExportRequest(region, year, format), file, "bench");
            }

            Print(format, clock, cpu, $"{written} files, {new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB  {path}");
        }

        return 0;
    }

    private static (Stopwatch Clock, TimeSpan Cpu) Start() => (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);

    private static void Print(string what, Stopwatch clock, TimeSpan cpu, string detail)
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-12} wall {clock.Elapsed.TotalSeconds,6:0.00} s  CPU {(process.TotalProcessorTime - cpu).TotalSeconds,6:0.00} s  peak working set {process.PeakWorkingSet64 / 1024 / 1024} MB  {detail}"));
    }
}
