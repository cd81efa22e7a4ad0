using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Jixiao.Data.Tests;

/// <summary>
/// An empty database of its own for one test: a temporary SQLite file, or a schema of its own in
/// the run's PostgreSQL database (<see cref="PostgresRun"/>) on the server named by
/// JIXIAO_TEST_POSTGRES. Without that variable the PostgreSQL tests are skipped, and say so.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "JIXIAO_TEST_POSTGRES";

    /// <summary>The SQLite file, or the PostgreSQL schema.</summary>
    private readonly string name;

    private TestDatabase(DatabaseSettings settings, string name)
    {
        Settings = settings;
        this.name = name;
    }

    public DatabaseSettings Settings { get; }

    public DatabaseProvider Provider => Settings.Provider;

    public FakeClock Clock { get; } = new();

    /// <summary>An empty database, not migrated.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"jixiao-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(new DatabaseSettings(provider, $"Data Source={path};Pooling=False"), path);
        }

        RequirePostgres();
        var schema = $"t_{Guid.NewGuid():N}";
        return new TestDatabase(new DatabaseSettings(provider, await PostgresRun.NewSchemaAsync(schema)), schema);
    }

    /// <summary>The server to create PostgreSQL test databases on; the test is skipped without one.</summary>
    public static string RequirePostgres()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Skip($"PostgreSQL tests need {PostgresVariable} (a connection string to a server where databases may be created)");
        }

        return admin;
    }

    /// <summary>An empty database brought to the current schema by <see cref="Migrator"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var database = await CreateEmptyAsync(provider);
        try
        {
            await using var db = database.NewContext();
            var migrated = await Migrator.MigrateAsync(db, TestContext.Current.CancellationToken);
            Assert.True(migrated.IsOk, migrated.Error?.ToString());
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public JixiaoDbContext NewContext(params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<JixiaoDbContext>();
        JixiaoDb.Configure(builder, Settings);
        if (interceptors.Length > 0)
        {
            builder.AddInterceptors(interceptors);
        }

        return new JixiaoDbContext(builder.Options, Clock);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(name + suffix);
            }

            return;
        }

        // The schema goes with the run's database; its connections go now. The contexts connect with the
        // tuned string (JixiaoDb.Tuned), a pool of its own: clearing only the given string's pool left each
        // test's idle connections open until the server refused new clients (53300).
        foreach (var connectionString in new[] { Settings.ConnectionString, JixiaoDb.Tuned(Settings.ConnectionString) })
        {
            await using var pooled = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(pooled);
        }
    }
}
