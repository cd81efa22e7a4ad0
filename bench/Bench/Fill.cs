using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Bench;

/// <summary>
/// `fill --provider sqlite|postgres --connection STRING [--sheets N] [--indicators N] [--batch N] [--region CODE --year YYYY]`:
/// migrates a database and stores a synthetic corpus in it through the app's own stores (each
/// document with its reviewed findings), so the web load test runs against a realistic size.
/// With --region every sheet is of that 财政区划 and --year (default 2025): one region-year of N sheets, as the
/// region export (`jixiao export --region`, POST /api/exports) is measured on.
/// Documents go in batches, each with a fresh context; the tracker is cleared after each document.
/// </summary>
public static class Fill
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var provider = CommandOptions.Get(options, "provider", "sqlite").Equals("postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var settings = new DatabaseSettings(provider, CommandOptions.Get(options, "connection", "Data Source=jixiao-load.db"));
        var sheets = int.Parse(CommandOptions.Get(options, "sheets", "10000"), CultureInfo.InvariantCulture);
        var indicators = int.Parse(CommandOptions.Get(options, "indicators", "200000"), CultureInfo.InvariantCulture);
        var batch = int.Parse(CommandOptions.Get(options, "batch", "50"), CultureInfo.InvariantCulture);
        var region = options.TryGetValue("region", out var code) ? code : null;
        var year = int.Parse(CommandOptions.Get(options, "year", "2025"), CultureInfo.InvariantCulture);

        var clock = Stopwatch.StartNew();
        var migrated = await Migrator.MigrateAsync(settings);
        if (migrated.Error is { } migrateError)
        {
            Console.Error.WriteLine("migration failed: " + migrateError.MessageZh);
            return 1;
        }

        var corpus = Shape(new CorpusGenerator(CorpusGenerator.ReadSeeds()).Generate(indicators * 2), sheets, indicators);
        if (region is not null)
        {
            corpus = [.. corpus.Select(d => d with { Sheets = [.. d.Sheets.Select(s => s with { FiscalYear = year })] })];
        }

        Console.WriteLine($"generated {corpus.Count} documents, {corpus.Sum(d => d.Sheets.Count)} sheets, {corpus.Sum(d => d.Sheets.Sum(s => s.Indicators.Count))} indicators in {clock.Elapsed.TotalSeconds:F1} s");

        var stored = 0;
        var skipped = 0;
        var storing = Stopwatch.StartNew();
        foreach (var chunk in corpus.Chunk(batch))
        {
            await using var db = JixiaoDb.Create(settings);
            foreach (var document in chunk)
            {
                var content = Encoding.UTF8.GetBytes(CorpusText.ToText(document));
                var upload = new DocumentUpload(document.Source, content) { RegionCode = region, RegionName = region is null ? null : "测试区划" + region };
                var saved = await DocumentStore.SaveReviewedAsync(db, upload, RuleEngine.Default.Review(document));
                if (saved.Value is null)
                {
                    skipped++;
                    continue;
                }

                stored++;

                // Without this the tracker keeps every stored row and each SaveChanges scans them all
                // (a batch of 50 documents ran twenty times slower than one document per context).
                db.ChangeTracker.Clear();
            }

            Console.Write($"\r{stored} documents stored, {skipped} skipped");
        }

        Console.WriteLine();

        // Statistics for the planners, as after any bulk load (PostgreSQL also sets its visibility
        // map, so counting from an index does not visit the table).
        await using (var db = JixiaoDb.Create(settings))
        {
            await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Postgres ? "VACUUM ANALYZE" : "ANALYZE");
        }

        Console.WriteLine($"stored {stored} documents ({skipped} skipped as duplicates or refused) in {storing.Elapsed.TotalSeconds:F1} s; total {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>
    /// Takes documents until there are exactly <paramref name="sheets"/> sheets, then trims the
    /// sheets' indicator rows evenly (keeping at least one) toward <paramref name="indicators"/>.
    /// </summary>
    private static List<ImportedDocument> Shape(IReadOnlyList<ImportedDocument> generated, int sheets, int indicators)
    {
        var documents = new List<ImportedDocument>();
        var count = 0;
        foreach (var document in generated)
        {
            if (count >= sheets)
            {
                break;
            }

            var take = Math.Min(document.Sheets.Count, sheets - count);
            documents.Add(take == document.Sheets.Count ? document : document with { Sheets = [.. document.Sheets.Take(take)] });
            count += take;
        }

        var total = documents.Sum(d => d.Sheets.Sum(s => s.Indicators.Count));
        if (total < indicators)
        {
            return Pad(documents, indicators - total, count);
        }

        var ratio = (double)indicators / total;
        var left = indicators;
        var sheetsLeft = count;
        var shaped = new List<ImportedDocument>();
        foreach (var document in documents)
        {
            var kept = new List<TargetSheet>();
            foreach (var sheet in document.Sheets)
            {
                var keep = Math.Clamp((int)Math.Round(sheet.Indicators.Count * ratio), 1, Math.Max(1, left - (sheetsLeft - 1)));
                keep = Math.Min(keep, sheet.Indicators.Count);
                kept.Add(sheet with { Indicators = [.. sheet.Indicators.Take(keep)] });
                left -= keep;
                sheetsLeft--;
            }

            shaped.Add(document with { Sheets = kept });
        }

        return shaped;
    }

    /// <summary>Adds rows taken from the following sheets of the corpus, spread evenly, so the sheets hold <paramref name="missing"/> more.</summary>
    private static List<ImportedDocument> Pad(List<ImportedDocument> documents, int missing, int sheets)
    {
        var pool = documents.SelectMany(d => d.Sheets).SelectMany(s => s.Indicators).ToArray();
        var next = pool.Length / 2;
        var index = 0;
        var padded = new List<ImportedDocument>();
        foreach (var document in documents)
        {
            var kept = new List<TargetSheet>();
            foreach (var sheet in document.Sheets)
            {
                var add = (int)(((long)missing * (index + 1) / sheets) - ((long)missing * index / sheets));
                var rows = sheet.Indicators.ToList();
                for (var i = 0; i < add; i++, next = (next + 1) % pool.Length)
                {
                    rows.Add(pool[next]);
                }

                kept.Add(sheet with { Indicators = rows });
                index++;
            }

            padded.Add(document with { Sheets = kept });
        }

        return padded;
    }
}
