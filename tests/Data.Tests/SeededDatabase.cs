namespace Jixiao.Data.Tests;

/// <summary>
/// One database holding the five seeds, shared by the tests of a class that only read it.
/// Created lazily by the first test, so that a skipped provider never touches a server.
/// </summary>
public abstract class SeededDatabase(DatabaseProvider provider) : IAsyncDisposable
{
    /// <summary>The seeds with the 财政区划 of the county each comes from.</summary>
    public static readonly (string Seed, string Code, string Name)[] Regions =
    [
        (Seeds.All[0], "630123", "湟源县"), (Seeds.All[1], "632221", "门源县"), (Seeds.All[2], "130225", "乐亭县"),
        (Seeds.All[3], "520203", "六枝特区"), (Seeds.All[4], "440883", "吴川市"),
    ];

    private readonly SemaphoreSlim gate = new(1, 1);
    private TestDatabase? database;

    public static async Task SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        foreach (var (seed, code, name) in Regions)
        {
            await Seeds.SaveAsync(db, seed, code, name);
        }
    }

    /// <summary>A context on the seeded database (skips the test when the provider is not available).</summary>
    public async Task<JixiaoDbContext> NewContextAsync()
    {
        await gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (database is null)
            {
                var created = await TestDatabase.CreateAsync(provider);
                await SeedAsync(created);
                database = created;
            }

            return database.NewContext();
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        gate.Dispose();
        GC.SuppressFinalize(this);
    }

    public sealed class Sqlite() : SeededDatabase(DatabaseProvider.Sqlite);

    public sealed class Postgres() : SeededDatabase(DatabaseProvider.Postgres);
}
