using Jixiao.Data;

namespace Jixiao.Browser.Tests;

/// <summary>
/// A browser test class: a fresh browser context and page per test (zh-CN, a desktop window) on the
/// class's app and browser. A new page's tests go in an abstract class deriving from it, with one
/// sealed class per database as in Web.Tests: <c>SqliteXTests(SqliteBrowserFixture f) : XTests(f),
/// IClassFixture&lt;SqliteBrowserFixture&gt;</c>, and the same for PostgreSQL.
/// </summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private IBrowserContext? context;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The class's app and browser.</summary>
    protected BrowserFixture Fixture => fixture;

    /// <summary>The test's page; opened by <see cref="OpenAsync"/>.</summary>
    protected IPage Page { get; private set; } = null!;

    /// <summary>Opens the app at a path (like "/sheets?q=…") in the test's page; skips without Chromium.</summary>
    protected async Task<IPage> OpenAsync(string path)
    {
        if (fixture.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        if (context is null)
        {
            context = await fixture.Browser.NewContextAsync(new()
            {
                BaseURL = fixture.BaseUrl,
                Locale = "zh-CN",
                TimezoneId = "Asia/Shanghai",
                ViewportSize = new() { Width = 1440, Height = 900 },
            });
            context.SetDefaultTimeout(15_000);
            Page = await context.NewPageAsync();
            if (SignInAs is { } user)
            {
                await SignInAsync(user);
            }
        }

        var response = await Page.GotoAsync(path);
        Assert.True(response?.Ok, $"{path} answered {response?.Status}");
        return Page;
    }

    /// <summary>Who the test's page signs in as before it opens anything (null: an anonymous visitor).</summary>
    protected virtual string? SignInAs => "admin";

    private const float SignInTimeout = 45_000;

    /// <summary>Signs the test's page in through the sign-in page, as a person would.</summary>
    protected async Task SignInAsync(string user)
    {
        // Sign-in hashes the password (PBKDF2, deliberately slow): on a CI machine shared with other builds the
        // first one in a fresh app has taken longer than the default 15 s, so it alone gets a longer wait.
        await Page.GotoAsync("/login", new() { Timeout = SignInTimeout });
        await Page.FillAsync("#user-name", user);
        await Page.FillAsync("#password", JixiaoServer.Password);
        await Page.ClickAsync("#sign-in");
        await Page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new() { Timeout = SignInTimeout });
    }

    /// <summary>
    /// A full-page screenshot of the test's page under artifacts/screenshots, on SQLite only: the pages
    /// are the same on PostgreSQL, and one set under the same names leaves no doubt which run made them.
    /// </summary>
    protected Task ScreenshotAsync(string name) =>
        fixture.Provider == DatabaseProvider.Sqlite ? Screenshots.SaveAsync(Page, name) : Task.CompletedTask;

    public ValueTask InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
        {
            await context.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
