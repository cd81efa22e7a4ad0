using Npgsql;

[assembly: AssemblyFixture(typeof(Jixiao.Data.Tests.PostgresRun))]

namespace Jixiao.Data.Tests;

/// <summary>
/// The one PostgreSQL database of a test run, created when the first PostgreSQL test needs it
/// and dropped when the run ends; each test works in a schema of its own inside it (creating a
/// database per test costs about a second on the server, a schema a few milliseconds).
/// </summary>
public sealed class PostgresRun : IAsyncDisposable
{
    private static PostgresRun? current;
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? admin;
    private string? database;

    public PostgresRun() => current = this;

    /// <summary>A new empty schema in the run's database; the connection string works in it.</summary>
    public static async Task<string> NewSchemaAsync(string schema)
    {
        var run = current ?? throw new InvalidOperationException("the PostgresRun assembly fixture is not running");
        var connectionString = await run.DatabaseAsync();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = $"{schema}, public" }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        gate.Dispose();
    }

    private async Task<string> DatabaseAsync()
    {
        await gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            admin = TestDatabase.RequirePostgres();
            if (database is null)
            {
                var name = $"jixiao_test_{Guid.NewGuid():N}";
                await ExecuteAsync(admin, $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'");
                database = name;

                // Extensions are per database: made once here, in public, which every test schema sees.
                await ExecuteAsync(Connection(name), "CREATE EXTENSION IF NOT EXISTS pg_trgm");
            }

            return Connection(database);
        }
        finally
        {
            gate.Release();
        }
    }

    private string Connection(string name) => new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
