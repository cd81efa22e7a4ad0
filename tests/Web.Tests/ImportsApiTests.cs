using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jixiao.Web.Tests;

public sealed class SqliteImportsApiTests(SqliteFactory factory) : ImportsApiTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresImportsApiTests(PostgresFactory factory) : ImportsApiTests(factory), IClassFixture<PostgresFactory>;

/// <summary>
/// /api/imports on a database of this class's own (it stores documents): preview, save, and every
/// refusal leaving the store as it was. Each test uploads bytes of its own, so none sees another's.
/// </summary>
public abstract class ImportsApiTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client()
    {
        factory.RequireDatabase();
        return factory.CreateClient();
    }

    private async Task<HttpResponseMessage> UploadAsync(string name, byte[] content, string? regionCode = null, string? regionName = null) =>
        await Client().PostAsync("/api/imports", ImportFiles.Form(name, content, regionCode, regionName), Ct);

    private async Task<JsonElement> PreviewAsync(string name, byte[] content)
    {
        var response = await UploadAsync(name, content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task<int> StoredSheetsAsync() =>
        (await Client().GetFromJsonAsync<JsonElement>("/api/sheets", Ct)).GetProperty("total").GetInt32();

    [Fact]
    public async Task Upload_ThenSave_PreviewCountsAndTheSheetIsListedWithItsFindings()
    {
        var preview = await PreviewAsync("000-copy.txt", ImportFiles.SeedCopy("000_e43d35112f15b8de.txt", 1));

        var sheet = Assert.Single(preview.GetProperty("sheets").EnumerateArray());
        Assert.Equal("department", sheet.GetProperty("kind").GetString());
        Assert.Equal("湟源县就业服务局", sheet.GetProperty("department").GetString());
        Assert.Equal(2024, sheet.GetProperty("year").GetInt32());
        Assert.Equal(41, sheet.GetProperty("indicators").GetInt32());
        Assert.Equal(41, sheet.GetProperty("indicatorsByCategory").EnumerateObject().Sum(c => c.Value.GetInt32()));
        Assert.True(sheet.GetProperty("indicatorsByCategory").TryGetProperty("产出指标", out _));
        Assert.Equal(JsonValueKind.Null, preview.GetProperty("duplicate").ValueKind);
        Assert.Equal(41, preview.GetProperty("import").GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("indicators").GetArrayLength());
        Assert.Equal(1, preview.GetProperty("review").GetProperty("documents")[0].GetProperty("sheets").GetArrayLength());
        Assert.True(preview.GetProperty("findings").GetInt32() > 0);

        var saved = await Client().PostAsync($"/api/imports/{preview.GetProperty("id").GetString()}/save", null, Ct);

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var sheetId = Assert.Single(body.GetProperty("sheetIds").EnumerateArray()).GetInt64();
        var list = await Client().GetFromJsonAsync<JsonElement>("/api/sheets?q=" + Uri.EscapeDataString("湟源县就业服务局"), Ct);
        var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == sheetId);
        Assert.Equal(sheet.GetProperty("errors").GetInt32(), item.GetProperty("errors").GetInt32());
        Assert.Equal(sheet.GetProperty("warnings").GetInt32(), item.GetProperty("warnings").GetInt32());
        var stored = await Client().GetFromJsonAsync<JsonElement>($"/api/sheets/{sheetId}", Ct);
        Assert.Equal(41, stored.GetProperty("indicators").GetArrayLength());
    }

    [Fact]
    public async Task Upload_RowThatCannotBePlaced_PreviewListsItWithPositionAndReason()
    {
        var preview = await PreviewAsync("unplaced.txt", ImportFiles.SmallProject("归位测试项目", withUnplacedRow: true));

        var row = Assert.Single(preview.GetProperty("unplaced").EnumerateArray());
        Assert.Equal(0, row.GetProperty("sheet").GetInt32());
        Assert.Equal("L5", row.GetProperty("position").GetString());
        Assert.Contains("指标名称缺失", row.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, preview.GetProperty("sheets")[0].GetProperty("unplaced").GetInt32());
    }

    [Theory]
    [MemberData(nameof(ImportFiles.Unreadable), MemberType = typeof(ImportFiles))]
    public async Task Upload_Unreadable_400WithChineseMessageAndCodeAndNothingStored(string name, byte[] content, string code, string message)
    {
        var before = await StoredSheetsAsync();

        var response = await UploadAsync(name, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Contains(message, problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredSheetsAsync());
    }

    /// <summary>A form saved as RTF (as Word and WPS do) goes through LibreOffice and previews like its .txt twin.</summary>
    [Fact]
    public async Task Upload_RtfDocument_ConvertedByLibreOfficeAndPreviewed()
    {
        Assert.SkipWhen(Jixiao.Core.Reading.ExternalConverter.Default.LibreOffice is null,
            "需要 LibreOffice：apt-get install -y --no-install-recommends libreoffice-writer-nogui / LibreOffice is not installed");

        var preview = await PreviewAsync("项目表.rtf", ImportFiles.SmallProjectRtf("RTF导入测试项目"));

        var sheet = Assert.Single(preview.GetProperty("sheets").EnumerateArray());
        Assert.Equal("RTF导入测试项目", sheet.GetProperty("project").GetString());
        var indicator = Assert.Single(preview.GetProperty("import").GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("indicators").EnumerateArray());
        Assert.Equal("培训人数", indicator.GetProperty("name").GetString());
        Assert.Equal(">=", indicator.GetProperty("value").GetProperty("op").GetString());
        Assert.Equal("表1!D3", indicator.GetProperty("position").GetString());
    }

    [Fact]
    public async Task Upload_TooLarge_413WithChineseMessage()
    {
        var response = await UploadAsync("large.txt", new byte[(10 * 1024 * 1024) + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("上传限制", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("IMPORT-TOO-LARGE", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("12345", null, "regionCode")]
    [InlineData("999999", null, "regionName")]
    public async Task Upload_BadRegion_400OnTheField(string code, string? name, string field)
    {
        var response = await UploadAsync("region.txt", ImportFiles.SmallProject("区划测试项目" + code), code, name);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Save_SameBytesTwice_PreviewWarnsAnd409WithTheStoredDocument()
    {
        var content = ImportFiles.SmallProject("重复导入测试项目");
        var first = await PreviewAsync("twice.txt", content);
        var saved = await (await Client().PostAsync($"/api/imports/{first.GetProperty("id").GetString()}/save", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var documentId = saved.GetProperty("documentId").GetInt64();
        var before = await StoredSheetsAsync();

        var second = await PreviewAsync("again.txt", content);
        var response = await Client().PostAsync($"/api/imports/{second.GetProperty("id").GetString()}/save", null, Ct);

        Assert.Equal(documentId, second.GetProperty("duplicate").GetProperty("documentId").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("DATA-DUPLICATE", problem.GetProperty("code").GetString());
        Assert.Equal(documentId, problem.GetProperty("existingDocumentId").GetInt64());
        Assert.Contains("已导入", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredSheetsAsync());
    }

    [Fact]
    public async Task Upload_SampleAsLoaded_PreviewNamesTheStoredDocument()
    {
        var preview = await PreviewAsync("000_e43d35112f15b8de.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", "000_e43d35112f15b8de.txt")));

        Assert.True(preview.GetProperty("duplicate").GetProperty("documentId").GetInt64() > 0);
    }

    [Theory]
    [InlineData("/api/imports/0123456789abcdef0123456789abcdef/save", "POST")]
    [InlineData("/api/imports/nope", "GET")]
    public async Task UnknownPreview_404ProblemDetails(string url, string method)
    {
        var response = await Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), url), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("过期", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_NoFile_400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("630123"), "regionCode" } };

        var response = await Client().PostAsync("/api/imports", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请选择", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
