using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Jixiao.Web.Tests;

public sealed class SqliteRequestRefusalTests(SqliteFactory factory) : RequestRefusalTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresRequestRefusalTests(PostgresFactory factory) : RequestRefusalTests(factory), IClassFixture<PostgresFactory>;

/// <summary>Requests the app cannot take — unknown addresses, uploads that are not multipart or are broken — answered in Chinese with a code.</summary>
public abstract class RequestRefusalTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client()
    {
        factory.RequireDatabase();
        return factory.CreateClient();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("title").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString());
        return problem;
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/sheets/abc/def")]
    public async Task UnknownPage_404ChinesePage(string url)
    {
        var response = await Client().GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h1>页面不存在</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-code=\"PAGE-NOT-FOUND\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/nothing")]
    [InlineData("GET", "/api/sheets/abc")]
    [InlineData("GET", "/api/imports/x/y/z")]
    public async Task UnknownApiPath_404ProblemInChinese(string method, string url)
    {
        var response = await Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), url), Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound, "API-NOT-FOUND");
        Assert.Contains("接口不存在", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiWrongMethod_405ProblemInChinese()
    {
        var response = await Client().DeleteAsync("/api/sheets", Ct);

        await ProblemAsync(response, HttpStatusCode.MethodNotAllowed, "REQUEST-METHOD-NOT-ALLOWED");
    }

    [Theory]
    [InlineData("text/plain", "项目名称\t测试")]
    [InlineData("application/json", "{\"file\":\"x\"}")]
    [InlineData("application/x-www-form-urlencoded", "file=x")]
    public async Task Upload_NotMultipart_415ProblemInChinese(string contentType, string body)
    {
        var response = await Client().PostAsync("/api/imports", new StringContent(body, Encoding.UTF8, contentType), Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "IMPORT-NOT-MULTIPART");
        Assert.Contains("multipart/form-data", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc")]
    [InlineData("this is not multipart at all")]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nabc\r\n--b--\r\n")]
    public async Task Upload_MalformedMultipart_400InChinese(string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var response = await Client().PostAsync("/api/imports", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(problem.GetProperty("code").GetString(), new[] { "IMPORT-BAD-FORM", "IMPORT-NO-FILE" });
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Upload_MultipartWithoutBoundary_400InChinese()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("abc"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var response = await Client().PostAsync("/api/imports", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("IMPORT-BAD-FORM", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc")]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc\r\n--b--\r\n")]
    public async Task ImportPage_MalformedMultipartOrNoToken_ChineseMessageNotAnEnglish400(string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var response = await Client().PostAsync("/import", content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-code=\"IMPORT-BAD-FORM\"", html, StringComparison.Ordinal);
        Assert.Contains("上传内容格式有误", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutSheet_NotJson_415ProblemInChinese()
    {
        var response = await Client().PutAsync("/api/sheets/1", new StringContent("title=x", Encoding.UTF8, "text/plain"), Ct);

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "REQUEST-UNSUPPORTED-MEDIA-TYPE");
    }

    [Fact]
    public async Task Upload_RegionNameTooLong_400SayingTheLimit()
    {
        var form = ImportFiles.Form("region-name.txt", ImportFiles.SmallProject("区划名称长度测试项目"), "630123", new string('县', 201));

        var response = await Client().PostAsync("/api/imports", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("DATA-REGION-NAME", problem.GetProperty("code").GetString());
        Assert.Contains("不能超过 200 个字", problem.GetProperty("errors").GetProperty("regionName")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_FileNameTooLong_400SayingTheLimit()
    {
        var response = await Client().PostAsync("/api/imports", ImportFiles.Form(new string('名', 256) + ".txt", ImportFiles.SmallProject("文件名长度测试项目")), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("IMPORT-FILE-NAME", problem.GetProperty("code").GetString());
        Assert.Contains("不能超过 255 个字", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
