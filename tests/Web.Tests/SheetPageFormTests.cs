using System.Net;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests;

public sealed class SqliteSheetPageFormTests(SqliteFactory factory) : SheetPageFormTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSheetPageFormTests(PostgresFactory factory) : SheetPageFormTests(factory), IClassFixture<PostgresFactory>;

/// <summary>The sheet page as the form (issue 11 item 3): 职能 headings, 部门职能概述, goals by term, both targets side by side, downloads.</summary>
public abstract class SheetPageFormTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> PageAsync(string url)
    {
        factory.RequireDatabase();
        var response = await factory.CreateClient().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<string> SheetPageAsync(string search)
    {
        var list = await PageAsync("/sheets?q=" + Uri.EscapeDataString(search));
        return await PageAsync("/sheets/" + Regex.Match(list, "href=\"/sheets/(\\d+)\"").Groups[1].Value);
    }

    [Fact]
    public async Task SheetView_ApprovalOf000_ShowsFunctionHeadingsAndTheFunctionsOverview()
    {
        var html = await SheetPageAsync("湟源县就业服务局");

        Assert.Equal(6, Regex.Matches(html, "<tr class=\"function-heading\">").Count);
        Assert.Contains(">职能3: 公益性岗位</th>", html, StringComparison.Ordinal);
        Assert.Contains(">部门职能概述</th>", html, StringComparison.Ordinal);
        Assert.Contains("年度目标", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SheetView_ProjectOf004_PeriodAndAnnualSideBySide()
    {
        var html = await SheetPageAsync("劳动保障监察");

        Assert.Contains("<th>实施周期总目标</th><th>当年度目标</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th>实施周期指标值</th>", html, StringComparison.Ordinal);
        Assert.Contains("当年度指标值", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SheetView_ProjectOf002_SpendingPlanAndDownloads()
    {
        var html = await SheetPageAsync("社保基金监管经费");

        Assert.Contains("aria-label=\"资金支出计划\"", html, StringComparison.Ordinal);
        Assert.Contains("12月底", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/api/sheets/\\d+/form.pdf\"", html);
        Assert.Matches("href=\"/api/sheets/\\d+/form.xlsx\"", html);
    }
}
