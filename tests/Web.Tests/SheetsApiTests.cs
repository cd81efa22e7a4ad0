using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jixiao.Web.Tests;

public sealed class SqliteSheetsApiTests(SqliteFactory factory) : SheetsApiTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSheetsApiTests(PostgresFactory factory) : SheetsApiTests(factory), IClassFixture<PostgresFactory>;

/// <summary>The API on the sample data: the same tests on SQLite and on PostgreSQL.</summary>
public abstract class SheetsApiTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client()
    {
        factory.RequireDatabase();
        return factory.CreateClient();
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await Client().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task<long> IdOfProjectAsync(string project)
    {
        var list = await GetJsonAsync("/api/sheets?q=" + Uri.EscapeDataString(project));
        return list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("project").GetString() == project).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task ListSheets_NoFilter_AllSampleSheetsPaged()
    {
        var list = await GetJsonAsync("/api/sheets");

        Assert.Equal(46, list.GetProperty("total").GetInt32());
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        Assert.All(items, i =>
        {
            Assert.Contains(i.GetProperty("kind").GetString(), new[] { "department", "project" });
            Assert.True(i.TryGetProperty("budgetWan", out _) && i.TryGetProperty("errors", out _) && i.TryGetProperty("warnings", out _));
        });
    }

    [Fact]
    public async Task ListSheets_ChineseSubstring_FindsItsSheets()
    {
        var list = await GetJsonAsync("/api/sheets?q=" + Uri.EscapeDataString("公益性岗位"));

        var projects = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("project").GetString()).ToList();
        Assert.Contains("公益性岗位补贴县级配套", projects);
        Assert.Equal(list.GetProperty("total").GetInt32(), projects.Count);
    }

    [Fact]
    public async Task ListSheets_YearAndKind_Filter()
    {
        var list = await GetJsonAsync("/api/sheets?year=2023&kind=project");

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, list.GetProperty("total").GetInt32());
        Assert.All(items, i =>
        {
            Assert.Equal(2023, i.GetProperty("year").GetInt32());
            Assert.Equal("project", i.GetProperty("kind").GetString());
        });
    }

    [Theory]
    [InlineData("year=abc", "year")]
    [InlineData("kind=programme", "kind")]
    [InlineData("page=0", "page")]
    public async Task ListSheets_BadParameter_ProblemDetailsWithFieldError(string query, string field)
    {
        var response = await Client().GetAsync("/api/sheets?" + query, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task GetSheet_StoredSample_InTheImportContract()
    {
        var id = await IdOfProjectAsync("编制外长期聘用人员支出");

        var sheet = await GetJsonAsync($"/api/sheets/{id}");

        Assert.Equal(id, sheet.GetProperty("id").GetInt64());
        Assert.Equal("project", sheet.GetProperty("kind").GetString());
        Assert.Equal(26.94m, sheet.GetProperty("budgetWan").GetDecimal());
        var cost = sheet.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("value").GetProperty("raw").GetString()!.Contains("26.97", StringComparison.Ordinal));
        Assert.Equal("<=", cost.GetProperty("value").GetProperty("op").GetString());
        Assert.Equal("万元", cost.GetProperty("value").GetProperty("unit").GetString());
        Assert.False(string.IsNullOrEmpty(cost.GetProperty("position").GetString()));
    }

    [Fact]
    public async Task GetReview_CostAboveBudget_InTheReviewContract()
    {
        var id = await IdOfProjectAsync("编制外长期聘用人员支出");

        var review = await GetJsonAsync($"/api/sheets/{id}/review");

        var findings = review.GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("findings").EnumerateArray().ToList();
        var cost = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "MNY-COST-OVER-BUDGET");
        Assert.Equal("error", cost.GetProperty("severity").GetString());
        Assert.True(review.GetProperty("summary").GetProperty("error").GetInt32() >= 1);
    }

    [Theory]
    [InlineData("/api/sheets/999999")]
    [InlineData("/api/sheets/999999/review")]
    public async Task GetSheet_UnknownId_NotFoundProblem(string url)
    {
        var response = await Client().GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("找不到绩效目标表", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheSheetEndpoints()
    {
        var document = await GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/sheets", out _));
        Assert.True(paths.TryGetProperty("/api/sheets/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/sheets/{id}/review", out _));
    }
}
