using Jixiao.Data;
using Jixiao.Tests;

namespace Jixiao.Browser.Tests;

/// <summary>
/// One app on a database of its own and one headless Chromium per test class (xunit class fixture).
/// The browser is Debian's Chromium at <see cref="ChromiumPath"/> (or <see cref="ChromiumVariable"/>);
/// Playwright's own browser download is never used. Without it, every test is skipped with the reason
/// (CI installs it, see .ci/run). The database is a temporary SQLite file or a new PostgreSQL database
/// (<see cref="AppDatabase"/>); without JIXIAO_TEST_POSTGRES the PostgreSQL tests are skipped, as in
/// Web.Tests. xunit makes one per test class, so a class that changes data has an app of its own; a
/// subclass may change the app's settings.
/// </summary>
public abstract class BrowserFixture(DatabaseProvider provider) : IAsyncLifetime
{
    /// <summary>Names another Chromium binary than Debian's (other systems, or to see the skip).</summary>
    public const string ChromiumVariable = "JIXIAO_CHROMIUM";

    public static string ChromiumPath { get; } =
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private AppDatabase? database;
    private JixiaoServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public DatabaseProvider Provider { get; } = provider;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? SkipReason { get; private set; }

    public string BaseUrl => server?.BaseUrl ?? throw new InvalidOperationException(SkipReason);

    /// <summary>The app's database, for a test that works beside the app (holds a lock, say).</summary>
    public string? ConnectionString => database?.ConnectionString;

    public IBrowser Browser => browser ?? throw new InvalidOperationException(SkipReason);

    /// <summary>Settings over the app's test defaults (sample data loaded into the class's database).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"浏览器测试需要 Chromium（{ChromiumPath}），本机未安装：apt-get install -y chromium fonts-noto-cjk，或用 {ChromiumVariable} 指定";
            return;
        }

        database = await AppDatabase.CreateAsync(Provider, "browser");
        if (database.SkipReason is { } reason)
        {
            SkipReason = reason;
            return;
        }

        server = new JixiaoServer(database, Settings);
        server.Start();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

public sealed class SqliteBrowserFixture() : BrowserFixture(DatabaseProvider.Sqlite);

public sealed class PostgresBrowserFixture() : BrowserFixture(DatabaseProvider.Postgres);
