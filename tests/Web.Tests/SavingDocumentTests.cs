using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Components.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

public sealed class SqliteSavingDocumentTests(SqliteFactory factory) : SavingDocumentTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSavingDocumentTests(PostgresFactory factory) : SavingDocumentTests(factory), IClassFixture<PostgresFactory>;

/// <summary>
/// A document whose chunked save is still running (docs/decisions/014-chunked-saves.md): the home
/// page's figures leave it out, and saving the same file again meanwhile is answered, not stored twice.
/// </summary>
public abstract class SavingDocumentTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OverviewAndSave_DocumentStillBeingSaved_NotCountedAndTheSameFileAnswers409()
    {
        factory.RequireDatabase();
        var client = factory.CreateClient();
        var before = await FiguresAsync();
        var file = ImportFiles.SeedCopy("002_554df16629a70716.txt", 7);
        var first = await PreviewAsync(client, file);
        var saved = await (await client.PostAsync($"/api/imports/{first}/save", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.NotEqual(before, await FiguresAsync());

        // As if its last chunk had not committed yet.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var id = saved.GetProperty("documentId").GetInt64();
            await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(
                u => u.SetProperty(d => d.State, DocumentState.Saving).SetProperty(d => d.ProgressAt, DateTimeOffset.UtcNow), Ct);
        }

        Assert.Equal(before, await FiguresAsync());
        var again = await client.PostAsync($"/api/imports/{await PreviewAsync(client, file)}/save", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("DATA-SAVING", problem.GetProperty("code").GetString());
        Assert.Contains("正在保存", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string> PreviewAsync(HttpClient client, byte[] file)
    {
        var response = await client.PostAsync("/api/imports", ImportFiles.Form("002-copy.txt", file), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    /// <summary>The home page's figures as one comparable text.</summary>
    private async Task<string> FiguresAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var f = await Overview.LoadAsync(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>(), SheetScope.All, Ct);
        return $"{f.Sheets} {f.Projects} {f.Indicators} {f.BudgetWan} {f.Errors} {f.Warnings} {f.ByYear.Count} {f.ByRegion.Count} "
            + string.Join(",", f.ByDepartment.Select(r => $"{r.Label}:{r.Sheets}")) + " " + string.Join(",", f.Worst.Select(w => w.Id));
    }
}
