using System.Net;

namespace Jixiao.Web.Tests;

public sealed class SqlitePagesTests(SqliteFactory factory) : PagesTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresPagesTests(PostgresFactory factory) : PagesTests(factory), IClassFixture<PostgresFactory>;

/// <summary>The server-rendered pages on the sample data (the browser tests drive them for real).</summary>
public abstract class PagesTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> PageAsync(string url)
    {
        factory.RequireDatabase();
        var response = await factory.CreateClient().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>The id of a project's sheet, found as a user would: by searching the list for its name.</summary>
    private async Task<string> SheetIdAsync(string project)
    {
        var list = await PageAsync("/sheets?q=" + Uri.EscapeDataString(project));
        return System.Text.RegularExpressions.Regex.Match(list, "href=\"/sheets/(\\d+)\"").Groups[1].Value;
    }

    [Fact]
    public async Task Home_SampleData_ShowsCountsAndWorstSheets()
    {
        var html = await PageAsync("/");

        Assert.Contains("data-stat=\"sheets\">46<", html, StringComparison.Ordinal);
        Assert.Contains("审核意见最严重的目标表", html, StringComparison.Ordinal);
        Assert.Contains("广东省湛江市吴川市", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SheetList_ChineseSearch_ListsTheProject()
    {
        var html = await PageAsync("/sheets?q=" + Uri.EscapeDataString("公益性岗位"));

        Assert.Contains("公益性岗位补贴县级配套", html, StringComparison.Ordinal);
        Assert.DoesNotContain("编制外长期聘用人员支出", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SheetList_BadYear_ChineseMessage()
    {
        var html = await PageAsync("/sheets?year=20x4");

        Assert.Contains("不是有效的年份", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SheetView_Project_RendersTheFormWithFindingsOnTheirRows()
    {
        var href = await SheetIdAsync("编制外长期聘用人员支出");

        var html = await PageAsync("/sheets/" + href);

        Assert.Contains("form-indicators", html, StringComparison.Ordinal);
        Assert.Contains("MNY-COST-OVER-BUDGET", html, StringComparison.Ordinal);
        Assert.Contains("has-finding sev-error", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SheetView_UnknownId_SaysSoInChinese()
    {
        var html = await PageAsync("/sheets/999999");

        Assert.Contains("找不到目标表", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_Catalogue_ListsEveryRuleWithItsSeverity()
    {
        var html = await PageAsync("/rules");

        Assert.All(Jixiao.Core.Review.RuleCatalogue.All, rule => Assert.Contains($"id=\"{rule.Info.Id}\"", html, StringComparison.Ordinal));
        Assert.Contains("成本指标超过预算金额", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SheetEdit_Project_RendersTheEditableTableWithLabels()
    {
        var href = await SheetIdAsync("编制外长期聘用人员支出");

        var view = await PageAsync("/sheets/" + href);
        var html = await PageAsync("/sheets/" + href + "/edit");

        Assert.Contains($"href=\"/sheets/{href}/edit\"", view, StringComparison.Ordinal);
        Assert.Contains("id=\"edit-indicators\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"指标值 第1行\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"edit-indicators-0-level1\"", html, StringComparison.Ordinal);
        Assert.Contains("MNY-COST-OVER-BUDGET", html, StringComparison.Ordinal);
        Assert.Contains("撤销", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SheetEdit_UnknownId_SaysSoInChinese()
    {
        var html = await PageAsync("/sheets/999999/edit");

        Assert.Contains("找不到目标表", html, StringComparison.Ordinal);
    }
}
