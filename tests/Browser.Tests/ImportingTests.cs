using System.Text.RegularExpressions;
using Jixiao.Data;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Browser.Tests;

public sealed class SqliteImportingTests(SqliteEmptyAppFixture fixture) : ImportingTests(fixture), IClassFixture<SqliteEmptyAppFixture>;

public sealed class PostgresImportingTests(PostgresEmptyAppFixture fixture) : ImportingTests(fixture), IClassFixture<PostgresEmptyAppFixture>;

public sealed class SqliteEmptyAppFixture() : EmptyAppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresEmptyAppFixture() : EmptyAppFixture(DatabaseProvider.Postgres);

/// <summary>An app without the sample data, so that a seed file uploads as new (a loaded sample would be a duplicate).</summary>
public abstract class EmptyAppFixture(DatabaseProvider provider) : BrowserFixture(provider)
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } =
        new Dictionary<string, string> { ["Jixiao:LoadSamples"] = "false" };
}

/// <summary>A clerk uploading a declaration: choose the file, see what was read and reviewed, save, open a stored sheet.</summary>
public abstract partial class ImportingTests(EmptyAppFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Seed 003: 六枝特区人力资源和社会保障局's department sheet and its project sheets.</summary>
    private static readonly string SeedFile = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "003_*.txt").Single();

    [Fact]
    public async Task Import_SeedFile_PreviewsThenSavesAndLinksTheStoredSheets()
    {
        var page = await OpenAsync("/import");

        await page.GetByLabel("选择文件").SetInputFilesAsync(SeedFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(PreviewUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("导入预览：" + Path.GetFileName(SeedFile));
        var sheets = page.GetByRole(AriaRole.Table, new() { Name = "读取到的目标表" });
        var rows = sheets.Locator("tbody tr");
        const int count = 5; // the department's sheet and four projects
        await Expect(rows).ToHaveCountAsync(count);
        await Expect(page.GetByText($"共 {count} 张目标表")).ToBeVisibleAsync();
        await Expect(rows.First).ToContainTextAsync("六枝特区人力资源和社会保障局");
        await Expect(rows.First).ToContainTextAsync("共 43 项");
        var indicators = await sheets.Locator("[data-indicators]").EvaluateAllAsync<int[]>("spans => spans.map(s => +s.dataset.indicators)");
        Assert.Contains(indicators, n => n > 0);
        await Expect(page.Locator("[role=alert][data-duplicate]")).ToHaveCountAsync(0);
        await ScreenshotAsync("import-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "已保存", Level = 1 })).ToBeVisibleAsync();
        var links = page.Locator("ul.saved-sheets a");
        await Expect(links).ToHaveCountAsync(count);
        var href = await links.First.GetAttributeAsync("href");
        await links.First.ClickAsync();

        await Expect(page).ToHaveURLAsync(SheetUrl());
        Assert.EndsWith(href!, page.Url, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("六枝特区人力资源和社会保障局");
        await Expect(page.Locator("table.form-indicators")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Complementary, new() { Name = "审核意见" })).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"/import/[^/?#]+$")]
    private static partial Regex PreviewUrl();

    [GeneratedRegex(@"/sheets/\d+$")]
    private static partial Regex SheetUrl();
}
