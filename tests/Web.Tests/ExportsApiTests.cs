using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Reading;
using Jixiao.Web.Exports;
using Jixiao.Web.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Tests;

public sealed class SqliteExportsApiTests(SqliteFactory factory) : ExportsApiTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresExportsApiTests(PostgresFactory factory) : ExportsApiTests(factory), IClassFixture<PostgresFactory>;

/// <summary>
/// 按区划年度打包下载 over HTTP: a job is asked for, polled to 已完成 and its zip downloaded; the zip holds the
/// caller's sheets of the region and year and no others; a job is its owner's alone; limits answer 429.
/// The samples: 乐亭县 (130225) has 16 sheets of 2024 in three organisations.
/// </summary>
public abstract class ExportsApiTests(JixiaoFactory factory)
{
    private const string Region = "130225";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient As(string user) => factory.RequiredClientAs(user);

    private static async Task<JsonElement> StartAsync(HttpClient client, object body, HttpStatusCode expected = HttpStatusCode.Accepted)
    {
        var response = await client.PostAsJsonAsync("/api/exports", body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Polls the job as the page does until it is finished (at most a minute).</summary>
    internal static async Task<JsonElement> FinishedAsync(HttpClient client, string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var status = JsonDocument.Parse(await client.GetStringAsync($"/api/exports/{id}", Ct)).RootElement;
            if (status.GetProperty("status").GetString() is "completed" or "failed" or "cancelled")
            {
                return status;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException("export " + id + " did not finish within a minute");
    }

    /// <summary>The ids of the sheets of the region and year the user's list shows (every page).</summary>
    private static async Task<List<long>> ListedAsync(HttpClient client, string region, int year)
    {
        var ids = new List<long>();
        for (var page = 1; ; page++)
        {
            var list = JsonDocument.Parse(await client.GetStringAsync($"/api/sheets?region={region}&year={year}&page={page}", Ct)).RootElement;
            ids.AddRange(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
            if (ids.Count >= list.GetProperty("total").GetInt32())
            {
                return ids;
            }
        }
    }

    private static async Task<ZipArchive> DownloadAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync($"/api/exports/{id}/file", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        return new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), ZipArchiveMode.Read);
    }

    /// <summary>The 编号 column of 目录.csv, in order.</summary>
    private static List<long> IndexIds(ZipArchive zip)
    {
        using var reader = new StreamReader(zip.GetEntry(FormArchive.IndexName)!.Open(), Encoding.UTF8);
        return [.. reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => long.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture))];
    }

    [Fact]
    public async Task StartExport_RegionYear_CompletesWithOneReadableFormPerSheetAndIsAudited()
    {
        var admin = As("admin");
        var listed = await ListedAsync(admin, Region, 2024);

        var started = await StartAsync(admin, new { region = Region, year = 2024, format = "xlsx" });
        var done = await FinishedAsync(admin, started.GetProperty("id").GetString()!);

        Assert.Equal(16, listed.Count);
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal("已完成", done.GetProperty("statusText").GetString());
        Assert.Equal((16, 16, 100), (done.GetProperty("done").GetInt32(), done.GetProperty("total").GetInt32(), done.GetProperty("percent").GetInt32()));
        using var zip = await DownloadAsync(admin, started.GetProperty("id").GetString()!);
        var forms = zip.Entries.Where(e => e.FullName.EndsWith(".xlsx", StringComparison.Ordinal)).ToList();
        Assert.Equal(16, forms.Count);
        Assert.Equal(listed.Order(), IndexIds(zip).Order());
        var projects = new List<string?>();
        foreach (var form in forms)
        {
            using var content = new MemoryStream();
            await using (var stream = form.Open())
            {
                await stream.CopyToAsync(content, Ct);
            }

            var read = DocumentImporter.Default.Import(Path.GetFileName(form.FullName), content.ToArray());
            Assert.Null(read.Error);
            projects.Add(read.Document!.Sheets.Single().ProjectName);
        }

        Assert.Contains("社保基金监管经费", projects);
        Assert.Contains(zip.Entries, e => e.FullName == "乐亭县就业服务中心/就业补助资金.xlsx");
        var audit = JsonDocument.Parse(await admin.GetStringAsync("/api/audit?action=export", Ct)).RootElement;
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("userName").GetString() == "admin"
            && e.GetProperty("summary").GetString()!.Contains("130225 2024 年度目标表（xlsx，16 张）", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartExport_RegionWithADefaultLayout_FormsInThatLayoutUnlessTheRequestNamesOne()
    {
        var admin = As("admin");
        async Task<string> ReadmeAsync(object body)
        {
            var started = await StartAsync(admin, body);
            var id = started.GetProperty("id").GetString()!;
            Assert.Equal("completed", (await FinishedAsync(admin, id)).GetProperty("status").GetString());
            using var zip = await DownloadAsync(admin, id);
            using var reader = new StreamReader(zip.GetEntry(FormArchive.ReadmeName)!.Open(), Encoding.UTF8);
            return await reader.ReadToEndAsync(Ct);
        }

        try
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/regions/{Region}", new { layout = "approval" }, Ct)).StatusCode);

            Assert.Contains("版式：" + FormFamilies.Describe(FormFamily.Approval), await ReadmeAsync(new { region = Region, year = 2024, format = "html" }), StringComparison.Ordinal);
            Assert.Contains("版式：" + FormFamilies.Describe(FormFamily.Standard), await ReadmeAsync(new { region = Region, year = 2024, format = "html", layout = "standard" }), StringComparison.Ordinal);
        }
        finally
        {
            await admin.PutAsJsonAsync($"/api/regions/{Region}", new { layout = "" }, Ct);
        }

        Assert.Contains("版式：按各表导入时的版式", await ReadmeAsync(new { region = Region, year = 2024, format = "html" }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartExport_UnitOfAnotherOrganisation_OnlyItsOwnSheets()
    {
        var admin = As("admin");
        var added = await admin.PostAsJsonAsync("/api/users", new { userName = "jiuye", role = "UnitFiller", organisation = "乐亭县就业服务中心" }, Ct);
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync(Ct));
        var unit = As("jiuye");
        var own = await ListedAsync(unit, Region, 2024);
        var all = await ListedAsync(admin, Region, 2024);

        var started = await StartAsync(unit, new { region = Region, year = 2024, format = "html" });
        var done = await FinishedAsync(unit, started.GetProperty("id").GetString()!);
        using var zip = await DownloadAsync(unit, started.GetProperty("id").GetString()!);

        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.InRange(own.Count, 1, all.Count - 1);
        Assert.Equal(own.Order(), IndexIds(zip).Order());
        Assert.Equal(own.Count, zip.Entries.Count(e => e.FullName.EndsWith(".html", StringComparison.Ordinal)));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("人力资源和社会保障局本级", StringComparison.Ordinal));

        // danwei (湟源县) sees none of 乐亭县: nothing to export, the same answer as for a region with no sheets.
        var none = await StartAsync(As("danwei"), new { region = Region, year = 2024, format = "xlsx" }, HttpStatusCode.NotFound);
        Assert.Equal("EXPORT-EMPTY", none.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Export_AnotherUser_NotFoundForStatusFileAndCancel()
    {
        var admin = As("admin");
        var id = (await StartAsync(admin, new { region = Region, year = 2024, format = "html", layout = "standard" })).GetProperty("id").GetString()!;
        await FinishedAsync(admin, id);
        var other = As("caizheng");

        var answers = new[]
        {
            await other.GetAsync($"/api/exports/{id}", Ct),
            await other.GetAsync($"/api/exports/{id}/file", Ct),
            await other.DeleteAsync($"/api/exports/{id}", Ct),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.Contains("EXPORT-NOT-FOUND", await answers[1].Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/exports/{id}/file", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/exports/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/exports/{id}/file", Ct)).StatusCode);
    }

    [Fact]
    public async Task StartExport_BadParameters_400OnEachField()
    {
        var problem = await StartAsync(As("admin"), new { region = "13", year = 1800, format = "odt", layout = "fancy" }, HttpStatusCode.BadRequest);

        Assert.Equal("EXPORT-INVALID", problem.GetProperty("code").GetString());
        Assert.Equal(new[] { "format", "layout", "region", "year" }, problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StartExport_BeyondTheLimits_429WithCodeAndRetryAfter_CancellingMakesRoom()
    {
        factory.RequireDatabase();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var folder = Path.Combine(Path.GetTempPath(), "jixiao-export-tests", Guid.NewGuid().ToString("N"));
        using var gated = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Jixiao:MaxExportsPerUser", "2");
            b.UseSetting("Jixiao:MaxExportQueue", "3");
            b.ConfigureTestServices(services => services.AddSingleton(s =>
            {
                var real = ExportJobs.FromDatabase(s.GetRequiredService<IServiceScopeFactory>());
                return new ExportJobs(s.GetRequiredService<IOptions<JixiaoOptions>>(), TimeProvider.System, async (job, output, progress, ct) =>
                {
                    await release.Task.WaitAsync(ct);
                    return await real(job, output, progress, ct);
                }, s.GetRequiredService<ILogger<ExportJobs>>(), folder);
            }));
        });
        HttpClient As(string user)
        {
            var client = gated.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", factory.TokenOf(user));
            return client;
        }

        object body = new { region = "630123", year = 2024, format = "xlsx" };
        var first = (await StartAsync(As("admin"), body)).GetProperty("id").GetString()!;
        var second = (await StartAsync(As("admin"), body)).GetProperty("id").GetString()!;
        var mine = await As("admin").PostAsJsonAsync("/api/exports", body, Ct);
        await StartAsync(As("caizheng"), body);
        var all = await As("zhuguan").PostAsJsonAsync("/api/exports", body, Ct);

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (mine.StatusCode, all.StatusCode));
        Assert.Contains("\"code\":\"EXPORT-TOO-MANY\"", await mine.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("\"code\":\"EXPORT-QUEUE-FULL\"", await all.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.NotNull(mine.Headers.RetryAfter);

        // The first is being made (held at the gate), the second waits: cancelling either makes room.
        Assert.Equal(HttpStatusCode.NoContent, (await As("admin").DeleteAsync($"/api/exports/{first}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await As("admin").DeleteAsync($"/api/exports/{second}", Ct)).StatusCode);
        var status = JsonDocument.Parse(await As("admin").GetStringAsync($"/api/exports/{second}", Ct)).RootElement;
        Assert.Equal(("cancelled", "已取消", "EXPORT-CANCELLED"), (status.GetProperty("status").GetString(), status.GetProperty("statusText").GetString(), status.GetProperty("error").GetProperty("code").GetString()));
        var later = (await StartAsync(As("zhuguan"), body)).GetProperty("id").GetString()!;
        release.SetResult();
        Assert.Equal("completed", (await FinishedAsync(As("zhuguan"), later)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await As("admin").GetAsync($"/api/exports/{first}/file", Ct)).StatusCode);
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).ToList();
        Assert.Contains(later + ".zip", files);
        Assert.DoesNotContain(first + ".zip", files);
        Assert.DoesNotContain(second + ".zip", files);
    }
}
