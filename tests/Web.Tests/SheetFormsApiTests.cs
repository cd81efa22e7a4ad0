using System.Net;
using System.Text.Json;
using Jixiao.Core.Reading;

namespace Jixiao.Web.Tests;

public sealed class SqliteSheetFormsApiTests(SqliteFactory factory) : SheetFormsApiTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSheetFormsApiTests(PostgresFactory factory) : SheetFormsApiTests(factory), IClassFixture<PostgresFactory>;

/// <summary>下载表样: one sheet or one document as its official form, and the sheet's JSON with every part the form shows.</summary>
public abstract class SheetFormsApiTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client()
    {
        factory.RequireDatabase();
        return factory.CreateClient();
    }

    private async Task<long> SheetIdAsync(HttpClient client, string query)
    {
        var list = await client.GetStringAsync("/api/sheets?q=" + Uri.EscapeDataString(query), Ct);
        return JsonDocument.Parse(list).RootElement.GetProperty("items")[0].GetProperty("id").GetInt64();
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("docx")]
    [InlineData("html")]
    public async Task SheetForm_EachFormat_ReadsBackToTheSheetsIndicators(string format)
    {
        var client = Client();
        var id = await SheetIdAsync(client, "公益性岗位");
        var sheet = JsonDocument.Parse(await client.GetStringAsync($"/api/sheets/{id}", Ct)).RootElement;

        var response = await client.GetAsync($"/api/sheets/{id}/form.{format}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("." + format, response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var read = DocumentImporter.Default.Import("form." + format, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Null(read.Error);
        var names = sheet.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal(names, read.Document!.Sheets.Single().Indicators.Select(i => i.Name));
    }

    [Fact]
    public async Task DocumentForm_Xlsx_OneWorksheetPerSheet()
    {
        var client = Client();
        var id = await SheetIdAsync(client, "社保扩面征收工作经费");
        var sheet = JsonDocument.Parse(await client.GetStringAsync($"/api/sheets/{id}", Ct)).RootElement;
        var documentId = await DocumentIdAsync(id);

        var response = await client.GetAsync($"/api/documents/{documentId}/form.xlsx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = DocumentImporter.Default.Import("document.xlsx", await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(14, read.Document!.Sheets.Count);
        Assert.Contains(read.Document.Sheets, s => s.ProjectName == sheet.GetProperty("project").GetString());
    }

    [Theory]
    [InlineData("form.exe", "format")]
    [InlineData("form.xlsx?layout=fancy", "layout")]
    public async Task SheetForm_BadParameter_400OnTheField(string path, string field)
    {
        var client = Client();
        var id = await SheetIdAsync(client, "公益性岗位");

        var response = await client.GetAsync($"/api/sheets/{id}/{path}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task SheetForm_UnknownSheet_404()
    {
        var response = await Client().GetAsync("/api/sheets/987654321/form.xlsx", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetSheet_DepartmentSheetOf000_CarriesGoalsAndFunctions()
    {
        var client = Client();
        var id = await SheetIdAsync(client, "湟源县就业服务局");

        var sheet = JsonDocument.Parse(await client.GetStringAsync($"/api/sheets/{id}", Ct)).RootElement;

        Assert.Equal(8, sheet.GetProperty("functions").GetArrayLength());
        Assert.Equal("annual", sheet.GetProperty("goals")[0].GetProperty("term").GetString());
        Assert.Equal(3, sheet.GetProperty("goals").GetArrayLength());
    }

    [Fact]
    public async Task GetSheet_ProjectOf002_CarriesTheSpendingPlan()
    {
        var client = Client();
        var id = await SheetIdAsync(client, "社保基金监管经费");

        var sheet = JsonDocument.Parse(await client.GetStringAsync($"/api/sheets/{id}", Ct)).RootElement;

        var plan = sheet.GetProperty("spendingPlan").EnumerateArray().Select(p => p.GetProperty("label").GetString()).ToList();
        Assert.Contains("12月底", plan);
    }

    private async Task<long> DocumentIdAsync(long sheetId)
    {
        await using var db = Jixiao.Data.JixiaoDb.Create(new Jixiao.Data.DatabaseSettings(factory.Provider, factory.ConnectionString!));
        return db.Sheets.Where(s => s.Id == sheetId).Select(s => s.DocumentId).Single();
    }
}
