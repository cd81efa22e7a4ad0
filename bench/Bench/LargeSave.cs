using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jixiao.Bench;

/// <summary>
/// `large-save [--provider sqlite|postgres] [--connection STRING] [--sheets 640,1280,5000] [--limit SECONDS]`:
/// saves one document of each size (synthetic sheets of the corpus, reviewed) into a fresh database
/// through <see cref="DocumentStore.SaveReviewedAsync"/>, as the web's import save does, and prints
/// the time. Meanwhile another connection edits a stored sheet every 50 ms; the longest such edit
/// says how long the save kept other writers waiting. For PostgreSQL the connection names a server
/// where a database may be created (one is created and dropped per size).
/// </summary>
public static class LargeSave
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var provider = CommandOptions.Get(options, "provider", "sqlite").Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var sizes = CommandOptions.Get(options, "sheets", "640,1280,5000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var limit = TimeSpan.FromSeconds(double.Parse(CommandOptions.Get(options, "limit", "300"), CultureInfo.InvariantCulture));
        var connection = CommandOptions.Get(options, "connection", provider == DatabaseProvider.Postgres ? "Host=127.0.0.1;Username=jixiao;Password=jixiao;Database=postgres" : "");

        var generator = new CorpusGenerator(CorpusGenerator.ReadSeeds());
        var pool = generator.Generate(sizes.Max() * 25).SelectMany(d => d.Sheets).ToArray();
        foreach (var size in sizes)
        {
            var sheets = Enumerable.Range(0, size).Select(i => pool[i % pool.Length]).ToList();
            var document = new ImportedDocument($"large-{size}.txt", sheets, []);
            var review = RuleEngine.Default.Review(document);
            var content = Encoding.UTF8.GetBytes($"large save {size} {Guid.NewGuid()}");
            var (settings, drop) = await FreshAsync(provider, connection, size);
            try
            {
                await Migrator.MigrateAsync(settings);
                var editId = await SeedAsync(settings);
                using var stop = new CancellationTokenSource();
                var probe = ProbeAsync(settings, editId, stop.Token);
                using var timeout = new CancellationTokenSource(limit);
                var clock = Stopwatch.StartNew();
                string outcome;
                try
                {
                    await using var db = JixiaoDb.Create(settings);
                    var saved = await DocumentStore.SaveReviewedAsync(db, new DocumentUpload(document.Source, content), review, timeout.Token);
                    outcome = saved.IsOk ? $"{saved.Value!.SheetIds.Count} sheets stored" : "refused: " + saved.Error;
                }
                catch (OperationCanceledException)
                {
                    outcome = $"stopped after {limit.TotalSeconds:F0} s";
                }

                clock.Stop();
                await stop.CancelAsync();
                var (edits, longest, failed) = await probe;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{provider} {size} sheets, {sheets.Sum(s => s.Indicators.Count)} indicators, {review.Sheets.Sum(s => s.Findings.Count)} findings: {clock.Elapsed.TotalSeconds:F1} s ({outcome}); concurrent edits: {edits}, longest {longest.TotalMilliseconds:F0} ms, failed {failed}"));
            }
            finally
            {
                await drop();
            }
        }

        return 0;
    }

    /// <summary>A stored sheet for the concurrent editor to change.</summary>
    private static async Task<long> SeedAsync(DatabaseSettings settings)
    {
        var seed = CorpusGenerator.ReadSeeds()[0];
        await using var db = JixiaoDb.Create(settings);
        var saved = await DocumentStore.SaveAsync(db, new DocumentUpload("seed.txt", Encoding.UTF8.GetBytes("seed " + Guid.NewGuid())), seed);
        return saved.Value!.SheetIds[0];
    }

    /// <summary>
    /// Edits of one sheet's version, one every 50 ms, each in a context of its own and, as the app's edits
    /// (SheetEdits), in a write turn (<see cref="WriteTurns"/>), until stopped.
    /// </summary>
    private static async Task<(int Edits, TimeSpan Longest, int Failed)> ProbeAsync(DatabaseSettings settings, long sheetId, CancellationToken stop)
    {
        var (edits, failed, longest) = (0, 0, TimeSpan.Zero);
        while (!stop.IsCancellationRequested)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await using var db = JixiaoDb.Create(settings);
                using var turn = await WriteTurns.TakeAsync(db, CancellationToken.None);
                await db.Sheets.Where(s => s.Id == sheetId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Version, s => s.Version + 1), CancellationToken.None);
                edits++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed++;
            }

            longest = clock.Elapsed > longest ? clock.Elapsed : longest;
            try
            {
                await Task.Delay(50, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return (edits, longest, failed);
    }

    private static async Task<(DatabaseSettings Settings, Func<Task> Drop)> FreshAsync(DatabaseProvider provider, string connection, int size)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"jixiao-large-save-{size}-{Guid.NewGuid():N}.db");
            var settings = new DatabaseSettings(provider, string.IsNullOrEmpty(connection) ? $"Data Source={path}" : connection);
            return (settings, () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(path + suffix);
                }

                return Task.CompletedTask;
            });
        }

        var name = $"jixiao_large_save_{size}_{Environment.ProcessId}";
        await AdminAsync(connection, $"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name}");
        var database = new NpgsqlConnectionStringBuilder(connection) { Database = name }.ConnectionString;
        return (new DatabaseSettings(provider, database), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync(connection, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    private static async Task AdminAsync(string connection, string sql)
    {
        await using var admin = new NpgsqlConnection(connection);
        await admin.OpenAsync();
        foreach (var statement in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await using var command = new NpgsqlCommand(statement, admin);
            await command.ExecuteNonQueryAsync();
        }
    }
}
