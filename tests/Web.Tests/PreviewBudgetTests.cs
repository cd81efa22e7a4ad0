using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Microsoft.AspNetCore.Hosting;

namespace Jixiao.Web.Tests;

/// <summary>The app with previews allowed about 200 KB of memory: a few small uploads fill it.</summary>
public abstract class SmallPreviewBudgetFactory(DatabaseProvider provider) : JixiaoFactory(provider)
{
    public const long Budget = 200_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jixiao:MaxPreviewBytes", Budget.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Jixiao:MaxPreviewBytesPerUser", Budget.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class SqliteSmallPreviewBudgetFactory() : SmallPreviewBudgetFactory(DatabaseProvider.Sqlite);

public sealed class PostgresSmallPreviewBudgetFactory() : SmallPreviewBudgetFactory(DatabaseProvider.Postgres);

public sealed class SqlitePreviewBudgetTests(SqliteSmallPreviewBudgetFactory factory) : PreviewBudgetTests(factory), IClassFixture<SqliteSmallPreviewBudgetFactory>;

public sealed class PostgresPreviewBudgetTests(PostgresSmallPreviewBudgetFactory factory) : PreviewBudgetTests(factory), IClassFixture<PostgresSmallPreviewBudgetFactory>;

/// <summary>A full preview budget refuses the next upload with a Chinese 503 and Retry-After, and keeps the previews it holds.</summary>
public abstract class PreviewBudgetTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_BudgetFull_503InChineseWithRetryAfterEarlierPreviewsKeptAndThePageSaysSo()
    {
        factory.RequireDatabase();
        var client = factory.CreateClient();
        var kept = new List<string>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 200 && refused is null; i++)
        {
            var response = await client.PostAsync("/api/imports", ImportFiles.Form("budget.txt", ImportFiles.SmallProject("预算内存测试项目" + i)), Ct);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                kept.Add((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!);
            }
            else
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        Assert.NotEmpty(kept);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("IMPORT-BUSY-USER", problem.GetProperty("code").GetString());
        Assert.Contains("请先保存或放弃已有的预览", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("暂时无法导入", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        foreach (var id in kept)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/imports/" + id, Ct)).StatusCode);
        }

        // The 导入 page, full too, shows the same message instead of a preview.
        var page = await client.GetStringAsync("/import", Ct);
        var html = await ImportPageTests.PostFormAsync(client, "/import", page, "upload", "page-budget.txt", ImportFiles.SmallProject("页面预算测试项目"));
        Assert.Contains("data-code=\"IMPORT-BUSY-USER\"", html, StringComparison.Ordinal);
        Assert.Contains("请先保存或放弃已有的预览", html, StringComparison.Ordinal);

        // Saving one frees its share: the next upload is taken.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/imports/{kept[0]}/save", null, Ct)).StatusCode);
        var again = await client.PostAsync("/api/imports", ImportFiles.Form("budget.txt", ImportFiles.SmallProject("预算内存测试项目-再次")), Ct);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }
}
