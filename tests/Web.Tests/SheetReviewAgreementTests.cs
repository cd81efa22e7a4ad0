using System.Net.Http.Json;
using System.Text.Json;

namespace Jixiao.Web.Tests;

public sealed class SqliteSheetReviewAgreementTests(SqliteFactory factory) : SheetReviewAgreementTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSheetReviewAgreementTests(PostgresFactory factory) : SheetReviewAgreementTests(factory), IClassFixture<PostgresFactory>;

/// <summary>
/// The list's 错误/警告 counts of every sample sheet are what its review (the sheet page's) counts: the sheet reviewed
/// in its place in its document, with the findings its document's rules gave it (docs/decisions/022). The samples are
/// the seeds, whose multi-sheet documents have both.
/// </summary>
public abstract class SheetReviewAgreementTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Review_EverySampleSheet_CountsWhatTheListCounts()
    {
        factory.RequireDatabase();
        var client = factory.CreateClientAs("admin");
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var list = await client.GetFromJsonAsync<JsonElement>($"/api/sheets?page={page}", Ct);
            var some = list.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(some);
            if (some.Count == 0 || items.Count >= list.GetProperty("total").GetInt32())
            {
                break;
            }
        }

        Assert.True(items.Count >= 40, $"{items.Count} sample sheets listed");
        var withDocumentRules = 0;
        foreach (var item in items)
        {
            var id = item.GetProperty("id").GetInt64();
            var findings = (await client.GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/review", Ct))
                .GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("findings").EnumerateArray().ToList();
            var counted = (findings.Count(f => f.GetProperty("severity").GetString() == "error"), findings.Count(f => f.GetProperty("severity").GetString() == "warning"));
            Assert.True((item.GetProperty("errors").GetInt32(), item.GetProperty("warnings").GetInt32()) == counted,
                $"sheet {id}: listed {item.GetProperty("errors")} errors, {item.GetProperty("warnings")} warnings; its review counts {counted}");
            withDocumentRules += findings.Any(f => f.GetProperty("rule").GetString() is "STR-HEADER-FIELD-MISSING" || f.GetProperty("rule").GetString()!.StartsWith("DOC-", StringComparison.Ordinal)) ? 1 : 0;
        }

        Assert.True(withDocumentRules > 0, "some sample sheet carries a document rule's finding");
    }
}
