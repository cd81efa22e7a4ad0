using static Microsoft.Playwright.Assertions;

namespace Jixiao.Browser.Tests;

public sealed class SqliteRuleSetsPageTests(SqliteRuleSetsFixture fixture) : RuleSetsPageTests(fixture), IClassFixture<SqliteRuleSetsFixture>;

public sealed class PostgresRuleSetsPageTests(PostgresRuleSetsFixture fixture) : RuleSetsPageTests(fixture), IClassFixture<PostgresRuleSetsFixture>;

/// <summary>The app with a rules folder of its own, empty at start.</summary>
public abstract class RuleSetsFixture(Data.DatabaseProvider provider) : BrowserFixture(provider)
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("jixiao-browser-rules").FullName;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Jixiao:RuleSetsFolder"] = Folder };
}

public sealed class SqliteRuleSetsFixture() : RuleSetsFixture(Data.DatabaseProvider.Sqlite);

public sealed class PostgresRuleSetsFixture() : RuleSetsFixture(Data.DatabaseProvider.Postgres);

/// <summary>
/// The administrator drops a region's rule-set file into the rules folder and reloads it from the regions page: the page
/// says what was loaded, lists the set, and offers it for the regions, without a restart.
/// </summary>
public abstract class RuleSetsPageTests(RuleSetsFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task RegionsPage_FileAddedThenReloaded_TheSetIsListedAndOfferedForTheRegions()
    {
        var page = await OpenAsync("/admin/regions");
        await Expect(page.Locator("#rule-sets-list tbody tr")).ToHaveCountAsync(1);

        File.WriteAllText(Path.Combine(fixture.Folder, "wuzhong.json"), """{ "name": "吴忠市规则集", "rules": { "VAL-SIGN-MISSING": { "enabled": false } } }""");
        await page.Locator("#rule-sets-reload").ClickAsync();

        await Expect(page.Locator("#regions-message")).ToContainTextAsync("新增 “吴忠市规则集”");
        await Expect(page.Locator("#rule-sets-list tr[data-rule-set='吴忠市规则集']")).ToContainTextAsync("wuzhong.json");
        await Expect(page.Locator("#regions-list select[aria-label='审核规则集'] option[value='吴忠市规则集']").First).ToBeAttachedAsync();
        await ScreenshotAsync("regions-rule-sets-reloaded");
    }
}
