using System.Text.RegularExpressions;
using Jixiao.Data;
using Microsoft.Data.Sqlite;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Browser.Tests;

public sealed class SqliteEditingTests(SqliteBrowserFixture fixture) : EditingTests(fixture), IClassFixture<SqliteBrowserFixture>;

public sealed class PostgresEditingTests(PostgresBrowserFixture fixture) : EditingTests(fixture), IClassFixture<PostgresBrowserFixture>;

/// <summary>
/// A reviewer editing a sample sheet in the interactive editor: a value that breaks a rule shows its
/// finding at once, fixing it takes the finding away, saving makes a new version. Each class changes
/// data, so it has an app and database of its own (xunit makes one <see cref="BrowserFixture"/> per class).
/// </summary>
public abstract partial class EditingTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Project = "公益性岗位补贴县级配套";
    private const string Satisfaction = "享受公益性岗位补贴人员满意度";

    [Fact]
    public async Task Editor_SatisfactionTo100_ShowsTheFindingUntilFixedThenSavesANewVersion()
    {
        var sheetPath = await FindSheetAsync(Project);
        var page = await OpenEditorAsync(sheetPath);
        var value = page.GetByLabel($"指标值 第{await RowOfAsync(page, Satisfaction)}行", new() { Exact = true });
        await Expect(value).ToHaveValueAsync("98");
        var findings = page.GetByRole(AriaRole.Complementary, new() { Name = "审核意见" });
        var full = findings.Locator("li.finding[data-rule='VAL-SATISFACTION-100']");
        await Expect(full).ToHaveCountAsync(0);

        await value.FillAsync("100");
        await value.PressAsync("Tab"); // the change event: the editor re-reviews the draft

        await Expect(full).ToHaveCountAsync(1);
        await Expect(full.Locator(".message")).ToContainTextAsync("满意度");
        await Expect(page.Locator("table.edit-indicators tr.has-finding")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#edit-undo")).ToBeEnabledAsync();
        await ScreenshotAsync("sheet-edit-finding");

        await value.FillAsync("99");
        await value.PressAsync("Tab");

        await Expect(full).ToHaveCountAsync(0);
        await page.Locator("#edit-save").ClickAsync();
        await Expect(page.Locator("#edit-status")).ToContainTextAsync("已保存为第 2 版");

        await OpenAsync(sheetPath);
        await Expect(page.GetByText("版本 2")).ToBeVisibleAsync();
        await Expect(page.Locator("table.form-indicators")).ToContainTextAsync("99");
        await Expect(page.GetByRole(AriaRole.Complementary, new() { Name = "审核意见" }).Locator("li.finding[data-rule='VAL-SATISFACTION-100']"))
            .ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Editor_SatisfactionTo50_ShowsTheLowFindingAndUndoTakesItAway()
    {
        var page = await OpenEditorAsync(await FindSheetAsync(Project));
        var value = page.GetByLabel($"指标值 第{await RowOfAsync(page, Satisfaction)}行", new() { Exact = true });
        var low = page.Locator("aside.findings li.finding[data-rule='VAL-SATISFACTION-LOW']");
        var before = await value.InputValueAsync(); // 98, or 99 when the other test saved first

        await value.FillAsync("50");
        await value.PressAsync("Enter");
        await Expect(low).ToHaveCountAsync(1);

        await page.Locator("#edit-undo").ClickAsync();
        await Expect(value).ToHaveValueAsync(before);
        await Expect(low).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Editor_SaveWhileAnotherWriterHoldsTheDatabase_SaysBusyInChineseAndKeepsTheEdit()
    {
        if (Fixture.Provider != DatabaseProvider.Sqlite)
        {
            Assert.Skip("PostgreSQL has no database-wide write lock to hold");
        }

        var page = await OpenEditorAsync(await FindSheetAsync(Project));
        var value = page.GetByLabel($"指标值 第{await RowOfAsync(page, Satisfaction)}行", new() { Exact = true });
        await value.FillAsync("97");
        await value.PressAsync("Tab");

        // Another writer in the middle of its transaction, for longer than the app's busy timeout.
        await using (var writer = new SqliteConnection(Fixture.ConnectionString))
        {
            await writer.OpenAsync(Ct);
            await using var begin = writer.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync(Ct);
            await page.Locator("#edit-save").ClickAsync();
            await Expect(page.Locator("#edit-status")).ToContainTextAsync("数据库繁忙，请稍后重试", new() { Timeout = 30_000 });
        }

        await Expect(value).ToHaveValueAsync("97");
        await Expect(page.Locator("#edit-save")).ToBeEnabledAsync();
    }

    /// <summary>The path of a sample sheet, found through the list's search as a reviewer would.</summary>
    private async Task<string> FindSheetAsync(string name)
    {
        var page = await OpenAsync("/sheets?q=" + Uri.EscapeDataString(name));
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(SheetUrl());
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>Opens a sheet's editor and waits for the circuit: 保存 is enabled only once the page is interactive.</summary>
    private async Task<IPage> OpenEditorAsync(string sheetPath)
    {
        var page = await OpenAsync(sheetPath + "/edit");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("编辑");
        await Expect(page.Locator("#edit-save")).ToBeEnabledAsync();
        return page;
    }

    /// <summary>The 1-based row whose 三级指标 is <paramref name="name"/> (names are input values, not text).</summary>
    private static async Task<int> RowOfAsync(IPage page, string name)
    {
        var names = await page.Locator("table.edit-indicators input[id$='-name']").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
        var index = Array.IndexOf(names, name);
        Assert.True(index >= 0, $"no row named {name} among {string.Join("、", names)}");
        return index + 1;
    }

    [GeneratedRegex(@"/sheets/\d+$")]
    private static partial Regex SheetUrl();
}
