using Jixiao.Data;
using Npgsql;

namespace Jixiao.Tests;

/// <summary>
/// A database of its own for one app under test: a temporary SQLite file, or a new PostgreSQL
/// database on the server JIXIAO_TEST_POSTGRES names; gone again after <see cref="DisposeAsync"/>.
/// Without that variable there is no PostgreSQL database and <see cref="SkipReason"/> says why.
/// One source file compiled into Web.Tests and Browser.Tests (linked in both project files).
/// </summary>
public sealed class AppDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "JIXIAO_TEST_POSTGRES";

    /// <summary>The SQLite file, or the PostgreSQL database; null when skipped.</summary>
    private readonly string? name;

    /// <summary>The PostgreSQL server's admin connection string, which drops the database again.</summary>
    private readonly string? admin;

    private AppDatabase(DatabaseProvider provider, string? name, string? connectionString, string? admin = null)
    {
        Provider = provider;
        this.name = name;
        this.admin = admin;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The app's connection string; null when the tests on this database are to be skipped.</summary>
    public string? ConnectionString { get; }

    /// <summary>Why tests on this database cannot run here, or null when they can.</summary>
    public string? SkipReason => ConnectionString is null
        ? $"PostgreSQL tests need {PostgresVariable} (a connection string to a server where they may create databases)"
        : null;

    /// <summary>A new empty database; <paramref name="use"/> ("web", "browser") goes into its name.</summary>
    public static async Task<AppDatabase> CreateAsync(DatabaseProvider provider, string use)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"jixiao-{use}-{Guid.NewGuid():N}.db");
            return new AppDatabase(provider, path, $"Data Source={path};Pooling=False");
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            return new AppDatabase(provider, null, null);
        }

        var database = $"jixiao_{use}_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE {database} TEMPLATE template0 ENCODING 'UTF8'");
        return new AppDatabase(provider, database, new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString, admin);
    }

    public async ValueTask DisposeAsync()
    {
        if (name is null)
        {
            return;
        }

        if (Provider == DatabaseProvider.Sqlite)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(name + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(admin!, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
