using Jixiao.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Jixiao.Web.Tests;

/// <summary>
/// The app on a database of its own, loaded with the sample documents as on a first start:
/// a temporary SQLite file, or a new PostgreSQL database on the server JIXIAO_TEST_POSTGRES names
/// (dropped afterwards). Without that variable the PostgreSQL tests are skipped, and say so.
/// </summary>
public abstract class JixiaoFactory(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PostgresVariable = "JIXIAO_TEST_POSTGRES";

    private string? connectionString;
    private string? postgresDatabase;

    public DatabaseProvider Provider { get; } = provider;

    public async ValueTask InitializeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            connectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"jixiao-web-{Guid.NewGuid():N}.db")};Pooling=False";
            return;
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            return; // tests call RequireDatabase(), which skips
        }

        postgresDatabase = $"jixiao_web_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {postgresDatabase}", connection);
        await command.ExecuteNonQueryAsync();
        connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = postgresDatabase }.ConnectionString;
    }

    /// <summary>Skips the test when its database is not available (PostgreSQL without JIXIAO_TEST_POSTGRES).</summary>
    public void RequireDatabase()
    {
        if (connectionString is null)
        {
            Assert.Skip($"PostgreSQL tests need {PostgresVariable} (a connection string to a server where they may create databases)");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Jixiao", connectionString);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Jixiao:SampleFolder", Path.Combine(AppContext.BaseDirectory, "Seeds"));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        else if (Provider == DatabaseProvider.Sqlite && connectionString is not null)
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            File.Delete(path);
        }
    }
}

public sealed class SqliteFactory() : JixiaoFactory(DatabaseProvider.Sqlite);

public sealed class PostgresFactory() : JixiaoFactory(DatabaseProvider.Postgres);
