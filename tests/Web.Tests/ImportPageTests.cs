using System.Net;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests;

public sealed class SqliteImportPageTests(SqliteFactory factory) : ImportPageTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresImportPageTests(PostgresFactory factory) : ImportPageTests(factory), IClassFixture<PostgresFactory>;

/// <summary>The 导入 page as a browser without scripts uses it: the form posts, the preview, 保存.</summary>
public abstract partial class ImportPageTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client()
    {
        factory.RequireDatabase();
        return factory.CreateClient();
    }

    /// <summary>Posts the page's form <paramref name="handler"/> with its hidden fields (antiforgery, handler) and the file.</summary>
    internal static async Task<string> PostFormAsync(HttpClient client, string page, string html, string handler, string? file = null, byte[]? content = null)
    {
        var form = FormOf(html, handler);
        using var body = new MultipartFormDataContent();
        foreach (Match hidden in HiddenInput().Matches(form))
        {
            body.Add(new StringContent(WebUtility.HtmlDecode(hidden.Groups["value"].Value)), hidden.Groups["name"].Value);
        }

        if (file is not null)
        {
            body.Add(new ByteArrayContent(content!), "file", file);
        }

        var action = ActionOf().Match(form) is { Success: true } m ? m.Groups[1].Value : page;
        var response = await client.PostAsync(action, body, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static string FormOf(string html, string handler)
    {
        foreach (Match form in Form().Matches(html))
        {
            if (form.Value.Contains($"value=\"{handler}\"", StringComparison.Ordinal))
            {
                return form.Value;
            }
        }

        throw new InvalidOperationException($"no form {handler} in the page");
    }

    [Fact]
    public async Task ImportPage_Renders_TheUploadForm()
    {
        var html = await Client().GetStringAsync("/import", Ct);

        Assert.Contains("选择文件", html, StringComparison.Ordinal);
        Assert.Contains("上传并预览", html, StringComparison.Ordinal);
        Assert.Contains("accept=\".txt,.xlsx,.xls,.et,.ods,.docx,.doc,.wps,.odt,.rtf,.pdf,.html,.htm\"", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_PostFile_ShowsThePreviewThenSaves()
    {
        var client = Client();
        var page = await client.GetStringAsync("/import", Ct);

        var preview = await PostFormAsync(client, "/import", page, "upload", "page.txt", ImportFiles.SmallProject("页面导入测试项目", withUnplacedRow: true));

        Assert.Contains("导入预览：page.txt", preview, StringComparison.Ordinal);
        Assert.Contains("页面导入测试项目", preview, StringComparison.Ordinal);
        Assert.Contains("data-indicators=\"1\"", preview, StringComparison.Ordinal);
        Assert.Contains("指标名称缺失", preview, StringComparison.Ordinal);
        Assert.Contains(">保存</button>", preview, StringComparison.Ordinal);

        var saved = await PostFormAsync(client, "/import", preview, "save");

        Assert.Contains("已保存", saved, StringComparison.Ordinal);
        var sheet = Regex.Match(saved, "href=\"/sheets/(\\d+)\">页面导入测试项目<").Groups[1].Value;
        Assert.NotEmpty(sheet);
        Assert.Contains("页面导入测试项目", await client.GetStringAsync("/sheets/" + sheet, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_OutlineList_ShowsWhatWasInferred()
    {
        var client = Client();
        var page = await client.GetStringAsync("/import", Ct);
        var text = "项目绩效目标和指标\n\n单位编码\n\n项目名称\n\n年度预算安排\n\n绩效目标\n\n037001\n\n机房租赁服务采购项目\n\n1681680\n\n"
            + "【总体目标】\n\n保障机房运转\n\n【产出指标-数量指标】\n\n指标1:机柜数量(≥77台)\n\n【满意度指标-服务对象满意度指标】\n\n指标1:群众满意度(≥90%)\n\n 037002\n\n执法办案费\n\n100000\n\n【总体目标】\n\n保障办案\n";

        var preview = await PostFormAsync(client, "/import", page, "upload", "outline.txt", System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Contains("机房租赁服务采购项目", preview, StringComparison.Ordinal);
        Assert.Contains("data-indicators=\"2\"", preview, StringComparison.Ordinal);
        Assert.Contains("推断之处，请核对", preview, StringComparison.Ordinal);
        Assert.Contains("金额未注明单位，按元计", preview, StringComparison.Ordinal);
        Assert.Contains("168.17", preview, StringComparison.Ordinal);

        // Saved, the sheet's page still says what was inferred.
        var saved = await PostFormAsync(client, "/import", preview, "save");
        var sheet = Regex.Match(saved, "href=\"/sheets/(\\d+)\">机房租赁服务采购项目<").Groups[1].Value;
        Assert.NotEqual("", sheet);
        var view = await client.GetStringAsync("/sheets/" + sheet, Ct);
        Assert.Contains("读取时的推断，请核对", view, StringComparison.Ordinal);
        Assert.Contains("金额未注明单位，按元计", view, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_EmptyFile_ChineseError()
    {
        var client = Client();
        var page = await client.GetStringAsync("/import", Ct);

        var html = await PostFormAsync(client, "/import", page, "upload", "empty.txt", []);

        Assert.Contains("data-code=\"READ-EMPTY\"", html, StringComparison.Ordinal);
        Assert.Contains("文件为空", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_FileBeyondTheRequestLimit_BackToThePageWithTheChineseMessage()
    {
        var client = Client();
        var page = await client.GetStringAsync("/import", Ct);

        var html = await PostFormAsync(client, "/import", page, "upload", "huge.txt", new byte[11 * 1024 * 1024]);

        Assert.Contains("data-code=\"IMPORT-TOO-LARGE\"", html, StringComparison.Ordinal);
        Assert.Contains("上传限制", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_UnknownPreview_SaysExpired()
    {
        var html = await Client().GetStringAsync("/import/0123456789abcdef", Ct);

        Assert.Contains("不存在或已过期", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<form[^>]* action=\"([^\"]+)\"")]
    private static partial Regex ActionOf();
}
