using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Web.Api;
using Jixiao.Web.Sheets;

namespace Jixiao.Web.Tests;

// A factory (and database) of its own: a refused edit must leave the sheet as it was, and one test saves.
public sealed class SqliteSheetEditRefusalTests(SqliteFactory factory) : SheetEditRefusalTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSheetEditRefusalTests(PostgresFactory factory) : SheetEditRefusalTests(factory), IClassFixture<PostgresFactory>;

/// <summary>PUT /api/sheets/{id} bodies the app cannot store: broken UTF-8, lone surrogates, too large, fields too long or holding a NUL.</summary>
public abstract class SheetEditRefusalTests(JixiaoFactory factory)
{
    private const string Project = "编制外长期聘用人员支出";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client()
    {
        factory.RequireDatabase();
        return factory.CreateClient();
    }

    private async Task<(long Id, JsonObject Sheet)> LoadAsync()
    {
        var list = await Client().GetFromJsonAsync<JsonElement>("/api/sheets?q=" + Uri.EscapeDataString(Project), Ct);
        var id = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("project").GetString() == Project).GetProperty("id").GetInt64();
        return (id, (await Client().GetFromJsonAsync<JsonNode>($"/api/sheets/{id}", Ct))!.AsObject());
    }

    private async Task<HttpResponseMessage> PutBytesAsync(long id, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        return await Client().PutAsync($"/api/sheets/{id}", content, Ct);
    }

    private async Task<JsonElement> RefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code, long id, int version)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("title").GetString());
        var reloaded = await Client().GetFromJsonAsync<JsonElement>($"/api/sheets/{id}", Ct);
        Assert.Equal(version, reloaded.GetProperty("version").GetInt32());
        return problem;
    }

    private static string Message(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    [Fact]
    public async Task Put_InvalidUtf8_400InChineseNamingTheByte()
    {
        var (id, sheet) = await LoadAsync();
        var json = Encoding.UTF8.GetBytes(sheet.ToJsonString());
        var title = Array.IndexOf(json, (byte)'{') + 1;
        byte[] body = [.. json[..title], .. Encoding.UTF8.GetBytes("\"title\":\"坏"), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\","), .. json[title..]];

        var problem = await RefusedAsync(await PutBytesAsync(id, body), HttpStatusCode.BadRequest, EditBody.BadUtf8Code, id, (int)sheet["version"]!);

        Assert.Contains("UTF-8", Message(problem, ""), StringComparison.Ordinal);
        Assert.Contains("字节", Message(problem, ""), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"前\\udc00后\"")]
    [InlineData("\"\\ud800\\ud800\"")]
    public async Task Put_LoneSurrogate_400InChinese(string title)
    {
        var (id, sheet) = await LoadAsync();
        var json = sheet.ToJsonString();
        var body = "{\"title\":" + title + "," + json[1..];

        var problem = await RefusedAsync(await PutBytesAsync(id, Encoding.UTF8.GetBytes(body)), HttpStatusCode.BadRequest, EditBody.BadTextCode, id, (int)sheet["version"]!);

        Assert.Contains("title", Message(problem, ""), StringComparison.Ordinal);
        Assert.Contains("Unicode", Message(problem, ""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_NotJson_400InChineseWithoutTheParsersEnglish()
    {
        var (id, sheet) = await LoadAsync();

        var problem = await RefusedAsync(await PutBytesAsync(id, Encoding.UTF8.GetBytes("{\"title\": 不是JSON}")), HttpStatusCode.BadRequest, EditBody.BadJsonCode, id, (int)sheet["version"]!);

        Assert.DoesNotMatch("[a-z]{3,} [a-z]{3,} [a-z]{3,}", Message(problem, ""));
    }

    [Fact]
    public async Task Put_BodyOverTheLimit_413InChinese()
    {
        var (id, sheet) = await LoadAsync();
        sheet["title"] = new string('长', 3 * 1024 * 1024 / 2); // 4.5 MB of UTF-8

        var problem = await RefusedAsync(await PutBytesAsync(id, Encoding.UTF8.GetBytes(sheet.ToJsonString())), HttpStatusCode.RequestEntityTooLarge, EditBody.TooLargeCode, id, (int)sheet["version"]!);

        Assert.Contains("4 MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title", FieldLimits.Name)]
    [InlineData("department", FieldLimits.Name)]
    [InlineData("project", FieldLimits.Name)]
    [InlineData("code", FieldLimits.Short)]
    public async Task Put_HeaderFieldTooLong_400SayingTheLimit(string field, int limit)
    {
        var (id, sheet) = await LoadAsync();
        sheet[field] = new string('字', limit + 1);

        var problem = await RefusedAsync(await Client().PutAsync($"/api/sheets/{id}", JsonContent.Create(sheet), Ct), HttpStatusCode.BadRequest, SheetEditApi.InvalidCode, id, (int)sheet["version"]!);

        Assert.Contains($"不能超过 {limit} 个字", Message(problem, field), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name", FieldLimits.Name)]
    [InlineData("level1", FieldLimits.Name)]
    [InlineData("value", FieldLimits.Text)]
    public async Task Put_IndicatorFieldTooLong_400SayingTheLimit(string field, int limit)
    {
        var (id, sheet) = await LoadAsync();
        sheet["indicators"]![0]![field] = new string('字', limit + 1);

        var problem = await RefusedAsync(await Client().PutAsync($"/api/sheets/{id}", JsonContent.Create(sheet), Ct), HttpStatusCode.BadRequest, SheetEditApi.InvalidCode, id, (int)sheet["version"]!);

        Assert.Contains($"不能超过 {limit} 个字", Message(problem, $"indicators[0].{field}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_GoalTooLong_400SayingTheLimit()
    {
        var (id, sheet) = await LoadAsync();
        sheet["goals"] = new JsonArray(new JsonObject { ["term"] = "annual", ["text"] = new string('字', FieldLimits.Goal + 1) });

        var problem = await RefusedAsync(await Client().PutAsync($"/api/sheets/{id}", JsonContent.Create(sheet), Ct), HttpStatusCode.BadRequest, SheetEditApi.InvalidCode, id, (int)sheet["version"]!);

        Assert.Contains($"不能超过 {FieldLimits.Goal} 个字", Message(problem, "goals[0].text"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("department")]
    public async Task Put_NulInAField_400InChinese(string field)
    {
        var (id, sheet) = await LoadAsync();
        sheet[field] = "部门\u0000名称";

        var problem = await RefusedAsync(await Client().PutAsync($"/api/sheets/{id}", JsonContent.Create(sheet), Ct), HttpStatusCode.BadRequest, SheetEditApi.InvalidCode, id, (int)sheet["version"]!);

        Assert.Contains("控制字符", Message(problem, field), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_TitleAtTheLimit_Saved()
    {
        var (id, sheet) = await LoadAsync();
        sheet["title"] = new string('题', FieldLimits.Name);

        var response = await Client().PutAsync($"/api/sheets/{id}", JsonContent.Create(sheet), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
