using Jixiao.Data;
using Jixiao.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>Whether the samples are loaded as published sheets (as <c>dotnet run</c> does) rather than drafts.</summary>
    protected virtual bool PublishSamples => false;

    /// <summary>The app's connection string (null when skipped), for a test that works on the database beside the app.</summary>
    public string? ConnectionString => database?.ConnectionString;

    /// <summary>The password of the users a first start makes (admin, caizheng, zhuguan, danwei).</summary>
    public const string Password = "Test-Passw0rd!";

    private readonly Dictionary<string, string> tokens = new(StringComparer.Ordinal);

    public async ValueTask InitializeAsync() => database = await AppDatabase.CreateAsync(Provider, "web");

    /// <summary>A client signed in as <paramref name="userName"/> with a personal API token; <see cref="WebApplicationFactory{T}.CreateClient()"/> is admin.</summary>
    /// <remarks>The token goes on every request, redirects included (a client drops Authorization when it follows one); redirects are not followed.</remarks>
    public HttpClient CreateClientAs(string? userName, bool followRedirects = false)
    {
        var handlers = new List<DelegatingHandler>();
        if (followRedirects)
        {
            handlers.Add(new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler());
        }

        handlers.Add(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler());
        if (userName is not null)
        {
            handlers.Add(new BearerHandler(TokenOf(userName)));
        }

        return CreateDefaultClient(new Uri("http://localhost"), [.. handlers]);
    }

    /// <summary>A client signed in as <paramref name="userName"/>, the test skipped when its database is not available.</summary>
    public HttpClient RequiredClientAs(string userName)
    {
        RequireDatabase();
        return CreateClientAs(userName);
    }

    /// <summary>
    /// A client of <paramref name="app"/> (this factory with other settings, from <c>WithWebHostBuilder</c>: the same
    /// database and users) signed in as <paramref name="userName"/> with this factory's token; redirects not followed.
    /// </summary>
    public HttpClient ClientOf(WebApplicationFactory<Program> app, string userName)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TokenOf(userName));
        return client;
    }

    /// <summary>A client with no sign-in: what an anonymous visitor gets.</summary>
    public HttpClient CreateAnonymousClient() => CreateClientAs(null);

    /// <summary>As administrator, following redirects: what the tests before sign-in existed used.</summary>
    public new HttpClient CreateClient() => CreateClientAs("admin", followRedirects: true);

    private sealed class BearerHandler(string token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>A token of the user, issued once per factory (the server is started first).</summary>
    public string TokenOf(string userName)
    {
        lock (tokens)
        {
            if (!tokens.TryGetValue(userName, out var token))
            {
                _ = Server; // starts the app, which makes the users
                using var scope = Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
                var user = UserStore.FindAsync(db, userName).GetAwaiter().GetResult() ?? throw new InvalidOperationException("no user " + userName);
                token = UserStore.IssueTokenAsync(db, Actor.System("测试"), user.Id, "tests", null).GetAwaiter().GetResult().Token;
                tokens[userName] = token;
            }

            return token;
        }
    }

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
        builder.UseSetting("Jixiao:InitialPassword", Password);

        // The samples stay drafts here, so tests can edit them; PublishedSamples factories publish them as on a real first start.
        builder.UseSetting("Jixiao:PublishSamples", PublishSamples ? "true" : "false");
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
