using BenchmarkDotNet.Attributes;
using Jixiao.Data;

namespace Jixiao.Bench;

/// <summary>
/// The database work of one web request, each with a context of its own as a request has: the
/// sheet API's snapshot read, the list API's page of a search already made (summaries, finding
/// counts and the generation in one query), and the generation read alone. On the database JIXIAO_BENCH_DB names ("sqlite|Data Source=…" or
/// "postgres|Host=…", e.g. one filled by `fill`), else on a temporary SQLite file filled with
/// the five seeds. What a request costs beyond these is the web stack's.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    public const string Variable = "JIXIAO_BENCH_DB";

    private readonly SheetListCache cache = new();
    private DatabaseSettings settings = DatabaseSettings.Default;
    private string? temporary;
    private long sheetId;

    [GlobalSetup]
    public async Task SetUp()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named && named.Split('|', 2) is [var provider, var connection])
        {
            settings = new DatabaseSettings(DatabaseProviderNames.Parse(provider) ?? DatabaseProvider.Sqlite, connection);
        }
        else
        {
            temporary = Path.Combine(Path.GetTempPath(), $"jixiao-bench-{Guid.NewGuid():N}.db");
            settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={temporary}");
            await Migrator.MigrateAsync(settings);
            await using var db = JixiaoDb.Create(settings);
            foreach (var name in SeedFiles.Names)
            {
                var content = SeedFiles.Read(name);
                var document = Jixiao.Core.Reading.DocumentImporter.Default.Import(name + ".txt", content).Document!;
                await DocumentStore.SaveReviewedAsync(db, new DocumentUpload(name + ".txt", content), Jixiao.Core.Review.RuleEngine.Default.Review(document));
            }
        }

        await using var check = JixiaoDb.Create(settings);
        var first = (await SheetSearch.QueryAsync(check, new SheetQuery { Text = "就业", PageSize = 20 }, cache)).Value!;
        sheetId = first.Items[^1].Id;
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        cache.Dispose();
        if (temporary is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(temporary);
        }
    }

    [Benchmark]
    public async Task<int> SheetSnapshot()
    {
        await using var db = JixiaoDb.Create(settings);
        return (await SheetSnapshots.ReadAsync(db, sheetId)).Value!.Json.Length;
    }

    [Benchmark]
    public async Task<long?> Generation()
    {
        await using var db = JixiaoDb.Create(settings);
        return await DataGeneration.ReadAsync(db);
    }

    /// <summary>A page of a search already made: twenty summaries with their counts and the generation, one query.</summary>
    [Benchmark]
    public async Task<int> CachedSearchPage()
    {
        await using var db = JixiaoDb.Create(settings);
        return (await SheetSearch.QueryAsync(db, new SheetQuery { Text = "就业", PageSize = 20 }, cache)).Value!.Items.Count;
    }
}
