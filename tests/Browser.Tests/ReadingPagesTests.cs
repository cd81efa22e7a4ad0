using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Browser.Tests;

public sealed class SqliteReadingPagesTests(SqliteBrowserFixture fixture) : ReadingPagesTests(fixture), IClassFixture<SqliteBrowserFixture>;

public sealed class PostgresReadingPagesTests(PostgresBrowserFixture fixture) : ReadingPagesTests(fixture), IClassFixture<PostgresBrowserFixture>;

/// <summary>A reviewer reading the samples in a real browser: overview, search, the sheet as the form, its findings.</summary>
public abstract partial class ReadingPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Overview_SampleData_ShowsTheCounts()
    {
        var page = await OpenAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "首页", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-stat=sheets]")).ToHaveTextAsync("46");
        await Expect(page.GetByText("审核意见最严重的目标表")).ToBeVisibleAsync();
        await ScreenshotAsync("overview");
    }

    [Fact]
    public async Task SheetList_ChineseSearch_ListsTheProjectAndKeepsTheQueryInTheUrl()
    {
        var page = await OpenAsync("/sheets");

        await page.GetByLabel("全文检索").FillAsync("公益性岗位");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(QueryInUrl());
        var list = page.GetByRole(AriaRole.Table, new() { Name = "目标表列表" });
        await Expect(list.GetByRole(AriaRole.Link, new() { Name = "公益性岗位补贴县级配套" })).ToBeVisibleAsync();
        await Expect(list).Not.ToContainTextAsync("编制外长期聘用人员支出");
        await Expect(page.GetByLabel("全文检索")).ToHaveValueAsync("公益性岗位");
        await ScreenshotAsync("sheet-list-search");
    }

    [Fact]
    public async Task SheetView_OpenedFromTheList_ShowsTheFormWithMergedCategoriesAndFindings()
    {
        var page = await OpenSheetAsync("公益性岗位", "公益性岗位补贴县级配套");

        var form = page.Locator("table.form-indicators");
        await Expect(form).ToBeVisibleAsync();
        await Expect(form.Locator("thead")).ToContainTextAsync("一级指标");
        var merged = await form.Locator("td.cat[rowspan]").EvaluateAllAsync<int[]>("cells => cells.map(c => c.rowSpan)");
        Assert.Contains(merged, span => span > 1);
        var findings = page.GetByRole(AriaRole.Complementary, new() { Name = "审核意见" });
        await Expect(findings).ToBeVisibleAsync();
        await Expect(findings.Locator("h3")).ToContainTextAsync("审核意见");
        await ScreenshotAsync("sheet");
    }

    [Fact]
    public async Task SheetView_ClickFinding_TargetsItsRow()
    {
        var page = await OpenSheetAsync("编制外长期聘用人员支出", "编制外长期聘用人员支出");
        var sheetPath = new Uri(page.Url).AbsolutePath;

        // The finding whose row lies lowest in the form, so that reaching it needs a scroll.
        var link = page.Locator("aside.findings li.finding a.goto").Last;
        var anchor = new Uri(new Uri(page.Url), await link.GetAttributeAsync("href")).Fragment.TrimStart('#');
        Assert.StartsWith("row-", anchor, StringComparison.Ordinal);
        await link.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(sheetPath)}#{Regex.Escape(anchor)}$"));
        var row = page.Locator($"table.form-indicators tr[id='{anchor}']");
        await Expect(row).ToBeInViewportAsync();
        Assert.True(await row.EvaluateAsync<bool>("r => r.matches(':target')"), $"row {anchor} is not the page's target");
    }

    /// <summary>Searches the list for a word and opens the sheet by its link, as a reviewer would.</summary>
    private async Task<IPage> OpenSheetAsync(string search, string name)
    {
        var page = await OpenAsync("/sheets?q=" + Uri.EscapeDataString(search));
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(SheetUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        return page;
    }

    [GeneratedRegex(@"/sheets\?(.*&)?q=")]
    private static partial Regex QueryInUrl();

    [GeneratedRegex(@"/sheets/\d+$")]
    private static partial Regex SheetUrl();
}
