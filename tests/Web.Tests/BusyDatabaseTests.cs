using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Data;
using Microsoft.Data.Sqlite;

namespace Jixiao.Web.Tests;

/// <summary>
/// A write while another save holds SQLite's write lock: answered soon with a Chinese 503, a code
/// and Retry-After — not a 500 after Microsoft.Data.Sqlite's 30 s — and it works once the lock is
/// gone. (PostgreSQL has no database-wide write lock; its writers do not wait for each other here.)
/// </summary>
public sealed class BusyDatabaseTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Put_WhileAnotherWriterHoldsTheLock_Chinese503WithRetryAfter()
    {
        var client = factory.CreateClient();
        var list = await client.GetFromJsonAsync<JsonElement>("/api/sheets", Ct);
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var sheet = (await client.GetFromJsonAsync<JsonNode>($"/api/sheets/{id}", Ct))!.AsObject();
        sheet["purpose"] = "锁定期间的修改";

        HttpResponseMessage response;
        var clock = Stopwatch.StartNew();
        await using (await LockAsync())
        {
            response = await client.PutAsync($"/api/sheets/{id}", JsonContent.Create(sheet), Ct);
        }

        clock.Stop();
        await AssertBusyAsync(response, clock.Elapsed, "数据库正忙");
        var retried = await client.PutAsync($"/api/sheets/{id}", JsonContent.Create(sheet), Ct);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [Fact]
    public async Task SaveImport_WhileAnotherWriterHoldsTheLock_Chinese503AndThePreviewKept()
    {
        var client = factory.CreateClient();
        var upload = await client.PostAsync("/api/imports", ImportFiles.Form("锁定.txt", ImportFiles.SmallProject("锁定期间导入的项目")), Ct);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var previewId = (await upload.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();

        HttpResponseMessage response;
        var clock = Stopwatch.StartNew();
        await using (await LockAsync())
        {
            response = await client.PostAsync($"/api/imports/{previewId}/save", null, Ct);
        }

        clock.Stop();
        await AssertBusyAsync(response, clock.Elapsed, "暂时无法导入，请稍后再试");
        var retried = await client.PostAsync($"/api/imports/{previewId}/save", null, Ct);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
    }

    /// <summary>Another writer in the middle of its transaction: holds SQLite's write lock until disposed.</summary>
    private async Task<SqliteConnection> LockAsync()
    {
        var connection = new SqliteConnection(factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync(Ct);
        return connection;
    }

    private static async Task AssertBusyAsync(HttpResponseMessage response, TimeSpan elapsed, string title)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(DatabaseBusy.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("DATA-BUSY", problem.GetProperty("code").GetString());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains("稍后重试", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("exception", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(DatabaseBusy.SqliteTimeoutSeconds - 1), TimeSpan.FromSeconds(DatabaseBusy.SqliteTimeoutSeconds + 10));
    }
}
