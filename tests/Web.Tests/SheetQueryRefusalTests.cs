using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Web.Api;

namespace Jixiao.Web.Tests;

public sealed class SqliteSheetQueryRefusalTests(SqliteFactory factory) : SheetQueryRefusalTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSheetQueryRefusalTests(PostgresFactory factory) : SheetQueryRefusalTests(factory), IClassFixture<PostgresFactory>;

/// <summary>
/// The list API, its download and the /sheets page on the sample data: every filter the page offers
/// is honoured by the API, an unknown parameter is refused, and a search the app cannot take (a NUL,
/// a control character, too long, a URL over 8 KB) is refused in Chinese with a code.
/// </summary>
public abstract class SheetQueryRefusalTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client()
    {
        factory.RequireDatabase();
        return factory.CreateClient();
    }

    private async Task<JsonElement> ListAsync(string query)
    {
        var response = await Client().GetAsync("/api/sheets?" + query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task<JsonElement> ProblemAsync(string url, HttpStatusCode status, string code)
    {
        var response = await Client().GetAsync(url, Ct);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("title").GetString());
        return problem;
    }

    [Fact]
    public async Task ListSheets_Severity_OnlySheetsWithErrorsAsThePageShows()
    {
        var all = await ListAsync("");
        var withErrors = await ListAsync("severity=error");

        Assert.True(withErrors.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.True(withErrors.GetProperty("total").GetInt32() > 0);
        Assert.All(withErrors.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("errors").GetInt32() > 0));
    }

    [Fact]
    public async Task ListSheets_Region_OnlyThatRegionsSheets()
    {
        var all = await ListAsync("");
        var region = await ListAsync("region=630123");

        var total = region.GetProperty("total").GetInt32();
        Assert.InRange(total, 1, all.GetProperty("total").GetInt32() - 1);
        Assert.All(region.GetProperty("items").EnumerateArray(), i => Assert.Equal("湟源县就业服务局", i.GetProperty("department").GetString()));
    }

    [Fact]
    public async Task ListSheets_SortBudgetDescending_LargestFirst()
    {
        var list = await ListAsync("sort=budgetWan&desc=true");

        var budgets = list.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("budgetWan").ValueKind == JsonValueKind.Number ? i.GetProperty("budgetWan").GetDecimal() : (decimal?)null)
            .Where(b => b is not null).Select(b => b!.Value).ToList();
        Assert.True(budgets.Count > 2);
        Assert.Equal(budgets.OrderDescending().ToList(), budgets);
        var ascending = await ListAsync("sort=budgetWan");
        Assert.NotEqual(list.GetProperty("items")[0].GetProperty("id").GetInt64(), ascending.GetProperty("items")[0].GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("colour=red", "colour")]
    [InlineData("regionCode=630123", "regionCode")]
    [InlineData("pageSize=500", "pageSize")]
    public async Task ListSheets_UnknownParameter_400InChinese(string query, string field)
    {
        var problem = await ProblemAsync("/api/sheets?" + query, HttpStatusCode.BadRequest, SheetFilters.UnknownCode);

        Assert.Contains("不支持的查询参数", problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("severity=fatal", "severity")]
    [InlineData("sort=colour", "sort")]
    [InlineData("sort=3", "sort")]
    [InlineData("desc=maybe", "desc")]
    public async Task ListSheets_BadFilter_400OnTheField(string query, string field)
    {
        var problem = await ProblemAsync("/api/sheets?" + query, HttpStatusCode.BadRequest, SheetFilters.InvalidCode);

        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Theory]
    [InlineData("/api/sheets?q=a%00b")]
    [InlineData("/api/sheets?q=%E5%B2%97%01")]
    [InlineData("/api/sheets?department=%00")]
    [InlineData("/api/sheets/export?q=a%00b")]
    [InlineData("/api/sheets/export?format=xlsx&q=%1F")]
    public async Task Search_ControlCharacter_400InChineseWithCode(string url)
    {
        var problem = await ProblemAsync(url, HttpStatusCode.BadRequest, SearchText.ControlCode);

        Assert.Contains("控制字符", problem.GetProperty("errors").EnumerateObject().First().Value[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/sheets?q=")]
    [InlineData("/api/sheets/export?q=")]
    public async Task Search_LongerThanTheLimit_400InChinese(string url)
    {
        var ok = await Client().GetAsync(url + new string('岗', SearchText.MaxLength), Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var problem = await ProblemAsync(url + new string('岗', SearchText.MaxLength + 1), HttpStatusCode.BadRequest, SearchText.TooLongCode);

        Assert.Contains("不能超过 100 个字", problem.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPage_ControlCharacterOrTooLong_ShowsTheMessageInsteadOfFailing()
    {
        var nul = await Client().GetAsync("/sheets?q=a%00b", Ct);
        var tooLong = await Client().GetAsync("/sheets?q=" + new string('岗', SearchText.MaxLength + 1), Ct);

        Assert.Equal(HttpStatusCode.OK, nul.StatusCode);
        var html = await nul.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"data-code=\"{SearchText.ControlCode}\"", html, StringComparison.Ordinal);
        Assert.Contains("控制字符", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("不能超过 100 个字", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/sheets?q=")]
    [InlineData("/api/sheets/export?q=")]
    public async Task Search_UrlOver8KB_414ProblemInChinese(string url)
    {
        var problem = await ProblemAsync(url + new string('a', 9 * 1024), HttpStatusCode.RequestUriTooLong, "REQUEST-URL-TOO-LONG");

        Assert.Contains("网址", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPage_UrlOver8KB_414PageInChinese()
    {
        var response = await Client().GetAsync("/sheets?q=" + new string('a', 9 * 1024), Ct);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h1>网址过长</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-code=\"REQUEST-URL-TOO-LONG\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sheets?desc=maybe")]
    [InlineData("/sheets?page=abc")]
    [InlineData("/sheets?severity=fatal&sort=colour")]
    public async Task ListPage_OddParameters_NotAServerError(string url)
    {
        var response = await Client().GetAsync(url, Ct);

        Assert.True((int)response.StatusCode < 500, response.StatusCode.ToString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", await response.Content.ReadAsStringAsync(Ct));
    }
}
