using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Web.Tests;

// Each class has a factory (and database) of its own: these tests change sheets.
public sealed class SqliteSheetEditApiTests(SqliteFactory factory) : SheetEditApiTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSheetEditApiTests(PostgresFactory factory) : SheetEditApiTests(factory), IClassFixture<PostgresFactory>;

/// <summary>PUT /api/sheets/{id} on the sample data, on SQLite and on PostgreSQL.</summary>
public abstract class SheetEditApiTests(JixiaoFactory factory)
{
    private const string Project = "编制外长期聘用人员支出";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client()
    {
        factory.RequireDatabase();
        return factory.CreateClient();
    }

    private async Task<(long Id, JsonObject Sheet)> LoadAsync(string project = Project)
    {
        var list = await Client().GetFromJsonAsync<JsonElement>("/api/sheets?q=" + Uri.EscapeDataString(project), Ct);
        var id = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("project").GetString() == project).GetProperty("id").GetInt64();
        var sheet = (await Client().GetFromJsonAsync<JsonNode>($"/api/sheets/{id}", Ct))!.AsObject();
        return (id, sheet);
    }

    private static JsonObject CostRow(JsonObject sheet) =>
        sheet["indicators"]!.AsArray().Select(i => i!.AsObject()).Single(i => ((string?)i["value"]!["raw"])!.Contains("26.97", StringComparison.Ordinal));

    private async Task<HttpResponseMessage> PutAsync(long id, JsonNode body) =>
        await Client().PutAsync($"/api/sheets/{id}", JsonContent.Create(body), Ct);

    [Fact]
    public async Task Get_Sheet_GivesVersionAndETag()
    {
        var (id, sheet) = await LoadAsync();

        var response = await Client().GetAsync($"/api/sheets/{id}", Ct);

        Assert.Equal($"\"{(int)sheet["version"]!}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Put_CostWithinBudget_SavedWithNewVersionAndTheFindingGone()
    {
        var (id, sheet) = await LoadAsync();
        var version = (int)sheet["version"]!;
        CostRow(sheet)["value"]!["number"] = 20;

        var response = await PutAsync(id, sheet);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(version + 1, saved.GetProperty("version").GetInt32());
        var findings = saved.GetProperty("review").GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("findings").EnumerateArray();
        Assert.DoesNotContain(findings, f => f.GetProperty("rule").GetString() == "MNY-COST-OVER-BUDGET");

        var (_, reloaded) = await LoadAsync();
        Assert.Equal(version + 1, (int)reloaded["version"]!);
        var cost = CostRow(sheet);
        var stored = reloaded["indicators"]!.AsArray().Single(i => (string?)i!["name"] == (string?)cost["name"])!;
        Assert.Equal(20m, (decimal)stored["value"]!["number"]!);
        Assert.Equal("<=", (string?)stored["value"]!["op"]);
        Assert.Equal((string?)cost["position"], (string?)stored["position"]);
        var list = await Client().GetFromJsonAsync<JsonElement>("/api/sheets?q=" + Uri.EscapeDataString(Project), Ct);
        var review = await Client().GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/review", Ct);
        Assert.Equal(review.GetProperty("summary").GetProperty("error").GetInt32(), list.GetProperty("items")[0].GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Put_StaleVersion_ConflictInChineseAndNothingChanged()
    {
        var (id, sheet) = await LoadAsync("公益性岗位补贴县级配套");
        var version = (int)sheet["version"]!;
        sheet["version"] = version - 1;
        sheet["project"] = "改过的名称";

        var response = await PutAsync(id, sheet);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("已被他人修改，请重新打开", problem.GetProperty("title").GetString());
        var (_, reloaded) = await LoadAsync("公益性岗位补贴县级配套");
        Assert.Equal(version, (int)reloaded["version"]!);
    }

    [Fact]
    public async Task Put_IfMatchOldVersion_Conflict()
    {
        var (id, sheet) = await LoadAsync("公益性岗位补贴县级配套");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/sheets/{id}") { Content = JsonContent.Create(sheet) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{(int)sheet["version"]! + 5}\""));

        var response = await Client().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Put_BadFields_ValidationProblemAtFieldPathsAndNothingChanged()
    {
        var (id, sheet) = await LoadAsync("公益性岗位补贴县级配套");
        var version = (int)sheet["version"]!;
        var first = sheet["indicators"]![0]!.AsObject();
        first["level1"] = "其他指标";
        first["name"] = "";
        sheet["indicators"]![1]!["value"] = new JsonObject { ["op"] = ">=", ["number"] = "九十", ["qualitative"] = false };
        sheet["year"] = 1800;
        sheet["budgetWan"] = -5;

        var response = await PutAsync(id, sheet);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        foreach (var field in new[] { "indicators[0].level1", "indicators[0].name", "indicators[1].value", "year", "budgetWan" })
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", errors.GetProperty(field)[0].GetString());
        }

        var (_, reloaded) = await LoadAsync("公益性岗位补贴县级配套");
        Assert.Equal(version, (int)reloaded["version"]!);
        Assert.NotEqual("其他指标", (string?)reloaded["indicators"]![0]!["level1"]);
    }

    [Fact]
    public async Task Put_NoVersion_ValidationProblem()
    {
        var (id, sheet) = await LoadAsync("公益性岗位补贴县级配套");
        sheet.Remove("version");

        var response = await PutAsync(id, sheet);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("version", out _));
    }

    [Fact]
    public async Task Put_NotJson_ValidationProblem()
    {
        var response = await Client().PutAsync("/api/sheets/1", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Put_UnknownId_NotFoundProblem()
    {
        var response = await PutAsync(999999, new JsonObject { ["version"] = 1 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("找不到绩效目标表", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Put_EverySampleUnchanged_SavedAndReadBackTheSame()
    {
        var ids = new List<long>();
        for (var page = 1; page <= 3; page++)
        {
            var list = await Client().GetFromJsonAsync<JsonElement>($"/api/sheets?page={page}", Ct);
            ids.AddRange(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        }

        foreach (var id in ids)
        {
            var before = (await Client().GetFromJsonAsync<JsonNode>($"/api/sheets/{id}", Ct))!.AsObject();

            var response = await PutAsync(id, before.DeepClone());

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"sheet {id}: {await response.Content.ReadAsStringAsync(Ct)}");
            var after = (await Client().GetFromJsonAsync<JsonNode>($"/api/sheets/{id}", Ct))!.AsObject();
            Assert.Equal((int)before["version"]! + 1, (int)after["version"]!);
            before.Remove("version");
            after.Remove("version");
            Assert.True(JsonNode.DeepEquals(before, after), $"sheet {id} changed by an unchanged save");
        }
    }
}
