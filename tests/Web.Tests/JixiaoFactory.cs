using Jixiao.Data;
using Jixiao.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Web.Tests;

/// <summary>
/// The app on a database of its own (<see cref="AppDatabase"/>), loaded with the sample documents
/// as on a first start: a temporary SQLite file, or a new PostgreSQL database on the server
/// JIXIAO_TEST_POSTGRES names (dropped afterwards). Without that variable the PostgreSQL tests are
/// skipped, and say so.
/// </summary>
public abstract class JixiaoFactory(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private AppDatabase? database;

    public DatabaseProvider Provider { get; } = provider;

    /// <summary>The app's connection string (null when skipped), for a test that works on the database beside the app.</summary>
    public string? ConnectionString => database?.ConnectionString;

    public async ValueTask InitializeAsync() => database = await AppDatabase.CreateAsync(Provider, "web");

    /// <summary>Skips the test when its database is not available (PostgreSQL without JIXIAO_TEST_POSTGRES).</summary>
    public void RequireDatabase()
    {
        if (database?.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Jixiao", database?.ConnectionString);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Jixiao:SampleFolder", Path.Combine(AppContext.BaseDirectory, "Seeds"));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

public sealed class SqliteFactory() : JixiaoFactory(DatabaseProvider.Sqlite);

public sealed class PostgresFactory() : JixiaoFactory(DatabaseProvider.Postgres);
