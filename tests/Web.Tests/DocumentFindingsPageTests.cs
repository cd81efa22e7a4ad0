using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Core.Reading;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

public sealed class SqliteDocumentFindingsPageTests(SqliteFactory factory) : DocumentFindingsPageTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresDocumentFindingsPageTests(PostgresFactory factory) : DocumentFindingsPageTests(factory), IClassFixture<PostgresFactory>;

/// <summary>A finding about the whole document (a 合计 that does not add up) shows on each of its sheets.</summary>
public abstract class DocumentFindingsPageTests(JixiaoFactory factory)
{
    private const string Seed = "001_2becaad232c446da.txt";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SheetPage_DocumentWithWrongTotal_ShowsTheDocumentFinding()
    {
        factory.RequireDatabase();
        var content = ImportFiles.SeedCopy(Seed, 3);
        var read = DocumentImporter.Default.Import(Seed, content).Document!;
        var document = read with { Totals = [new DeclaredTotal("合计", new Money(1m, MoneyUnit.Wan), SourcePosition.Line(999))] };
        SavedDocument saved;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            saved = (await DocumentStore.SaveReviewedAsync(db, new DocumentUpload("合计有误.txt", content), RuleEngine.Default.Review(document), Ct)).Value!;
        }

        var client = factory.CreateClient();
        var page = await client.GetAsync($"/sheets/{saved.SheetIds[^1]}", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        var other = await client.GetStringAsync("/sheets/1", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("本文件的审核意见", html, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"DOC-TOTAL-MISMATCH\"", html, StringComparison.Ordinal);
        Assert.Contains("“合计”为1.00万元", html, StringComparison.Ordinal);
        Assert.Contains("来源：合计有误.txt 第999行", html, StringComparison.Ordinal);
        Assert.DoesNotContain("本文件的审核意见", other, StringComparison.Ordinal);

        var review = await client.GetFromJsonAsync<JsonElement>($"/api/sheets/{saved.SheetIds[^1]}/review", Ct);
        var finding = Assert.Single(review.GetProperty("documents")[0].GetProperty("findings").EnumerateArray());
        Assert.Equal("DOC-TOTAL-MISMATCH", finding.GetProperty("rule").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task ImportPage_TotalThatDoesNotAddUp_PreviewListsItAndEachSavedSheetShowsIt()
    {
        factory.RequireDatabase();
        var client = factory.CreateClient();
        var text = System.Text.Encoding.UTF8.GetString(ImportFiles.SeedCopy(Seed, 5)).Replace("合计\t\t906.40", "合计\t\t999.40", StringComparison.Ordinal);
        var page = await client.GetStringAsync("/import", Ct);

        var preview = await ImportPageTests.PostFormAsync(client, "/import", page, "upload", "合计不符.txt", System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Contains("针对整个文件的审核意见", preview, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"DOC-TOTAL-MISMATCH\"", preview, StringComparison.Ordinal);
        var saved = await ImportPageTests.PostFormAsync(client, "/import", preview, "save");
        var sheets = System.Text.RegularExpressions.Regex.Matches(saved, "href=\"/sheets/(\\d+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(sheets);
        foreach (var id in sheets)
        {
            var html = await client.GetStringAsync("/sheets/" + id, Ct);
            Assert.Contains("data-rule=\"DOC-TOTAL-MISMATCH\"", html, StringComparison.Ordinal);
            Assert.Contains("“合计”为999.40万元", html, StringComparison.Ordinal);
        }
    }
}
