using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Web.Tests;

public sealed class SqliteSheetExportTests(SqliteFactory factory) : SheetExportTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSheetExportTests(PostgresFactory factory) : SheetExportTests(factory), IClassFixture<PostgresFactory>;

/// <summary>下载 CSV / Excel: the list as shown, every page, as a file.</summary>
public abstract class SheetExportTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client()
    {
        factory.RequireDatabase();
        return factory.CreateClient();
    }

    [Fact]
    public async Task Export_Csv_EverySampleSheetWithHeaderAndChineseFileName()
    {
        var response = await Client().GetAsync("/api/sheets/export?format=csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("目标表-", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("编号,类型,年度,财政区划,部门(单位),项目名称,项目编码,预算(万元),指标数,错误,警告,提示", lines[0]);
        Assert.Equal(1 + 46, lines.Length);
    }

    [Fact]
    public async Task Export_XlsxWithSearchAndKind_TheSheetsTheListShows()
    {
        var client = Client();
        var list = await client.GetStringAsync("/api/sheets?q=" + Uri.EscapeDataString("公益性岗位") + "&kind=project", Ct);
        var expected = System.Text.Json.JsonDocument.Parse(list).RootElement.GetProperty("total").GetInt32();

        var response = await client.GetAsync("/api/sheets/export?format=xlsx&kind=project&q=" + Uri.EscapeDataString("公益性岗位"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = Worksheet(document, "目标表").Descendants<Row>().ToList();
        Assert.Equal(1 + expected, rows.Count);
        Assert.True(expected > 0);
        Assert.All(rows.Skip(1), r => Assert.Equal("项目", r.Elements<Cell>().ElementAt(1).InnerText));
        var indicators = Worksheet(document, "指标").Descendants<Row>().ToList();
        var ids = rows.Skip(1).Select(r => r.Elements<Cell>().First().InnerText).ToHashSet();
        Assert.True(indicators.Count > rows.Count);
        Assert.All(indicators.Skip(1), r => Assert.Contains(r.Elements<Cell>().Last().InnerText, ids));
    }

    [Fact]
    public async Task Export_CsvOfIndicatorRows_EverySampleIndicator()
    {
        var response = await Client().GetAsync("/api/sheets/export?format=csv&rows=indicators", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("-指标.csv", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF');
        Assert.StartsWith("部门(单位),项目名称,职能,一级指标,二级指标,三级指标,指标值,计算符号,数值,计量单位,实施周期指标值,指标解释,权重,目标表编号", text, StringComparison.Ordinal);
        Assert.Contains("享受公益性岗位社会保险补贴人数,≥180人,≥,180,人", text, StringComparison.Ordinal);
    }

    private static Worksheet Worksheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    [Theory]
    [InlineData("format=pdf", "format")]
    [InlineData("rows=everything", "rows")]
    [InlineData("year=二〇二四", "year")]
    [InlineData("severity=fatal", "severity")]
    [InlineData("sort=colour", "sort")]
    public async Task Export_BadParameter_400OnTheField(string parameters, string field)
    {
        var response = await Client().GetAsync("/api/sheets/export?" + parameters, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task ListPage_Filters_DownloadLinksCarryThem()
    {
        var html = await Client().GetStringAsync("/sheets?q=" + Uri.EscapeDataString("就业") + "&year=2024&sort=BudgetWan&desc=true", Ct);

        Assert.Contains("href=\"/api/sheets/export?format=csv&amp;q=%E5%B0%B1%E4%B8%9A&amp;year=2024&amp;sort=BudgetWan&amp;desc=true\"", html, StringComparison.Ordinal);
        Assert.Contains("下载 Excel", html, StringComparison.Ordinal);
    }
}
