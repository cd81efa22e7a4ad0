using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Web.Tests;

public sealed class SqliteRegionFindingsTests(SqliteFactory factory) : RegionFindingsTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresRegionFindingsTests(PostgresFactory factory) : RegionFindingsTests(factory), IClassFixture<PostgresFactory>;

/// <summary>
/// The stored findings — the list's 错误/警告 counts, 待办, the per-rule statistics — are the region's rule set's
/// (docs/decisions/020): on import, on an edit, in the editor's live check, and again after the region's set changes.
/// The region is 六枝特区 (520203), which no other test of this class sets.
/// </summary>
public abstract partial class RegionFindingsTests(JixiaoFactory factory)
{
    private const string Region = "520203";
    private const string RuleSetName = "六枝特区规则集";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("data-rule=\"([A-Z0-9-]+)\"")]
    private static partial Regex RuleAttribute();

    /// <summary>The app with a rules folder holding the region's set, which switches <paramref name="off"/> off.</summary>
    private WebApplicationFactory<Program> WithRuleSet(string off, int inRequest = 500)
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-region-findings").FullName;
        File.WriteAllText(Path.Combine(folder, "region.json"), $$"""{ "name": "{{RuleSetName}}", "rules": { "{{off}}": { "enabled": false } } }""");
        return factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Jixiao:RuleSetsFolder", folder);
            b.UseSetting("Jixiao:RereviewInRequest", inRequest.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    private HttpClient As(WebApplicationFactory<Program> app, string user) => factory.ClientOf(app, user);

    private static Task<long> ImportAsync(HttpClient client, string project) => RegionRequests.ImportAsync(client, project, Region);

    private static Task<(int Errors, int Warnings)> CountsAsync(HttpClient client, string project) => RegionRequests.ListCountsAsync(client, project);

    private static Task<(int Errors, int Warnings, List<string> Rules)> ReviewAsync(HttpClient client, long id) => RegionRequests.ReviewAsync(client, id);

    private static async Task<int> StatisticsAsync(HttpClient client, string rule) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/rules/statistics", Ct)).EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == rule).GetProperty("findings").GetInt32();

    /// <summary>The rules of the findings a page shows (DOC-* ones are the document's, which the editor does not show).</summary>
    private static async Task<List<string>> PageRulesAsync(HttpClient client, string path) =>
        [.. RuleAttribute().Matches(await client.GetStringAsync(path, Ct)).Select(m => m.Groups[1].Value).Where(r => !r.StartsWith("DOC-", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task RegionRuleSet_SwitchesARuleOff_ImportEditorListAndStatisticsLackItsFindingsUntilTheDefaultIsBack()
    {
        factory.RequireDatabase();
        var admin = factory.CreateClientAs("admin");
        var first = await ImportAsync(admin, "地区规则集测试甲");
        var rule = (await ReviewAsync(admin, first)).Rules.First(r => !r.StartsWith("DOC-", StringComparison.Ordinal));
        var counted = await StatisticsAsync(admin, rule);
        using var app = WithRuleSet(rule);
        var client = As(app, "admin");

        try
        {
            var set = await client.PutAsJsonAsync($"/api/regions/{Region}", new { ruleSet = RuleSetName }, Ct);
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
            Assert.Equal(0, (await set.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("pendingSheets").GetInt32());

            // The sheet stored before: reviewed again at once; its counts are what its page shows.
            var review = await ReviewAsync(client, first);
            Assert.DoesNotContain(rule, review.Rules);
            Assert.Equal((review.Errors, review.Warnings), await CountsAsync(client, "地区规则集测试甲"));
            var withoutRule = await StatisticsAsync(client, rule);
            Assert.True(withoutRule < counted, $"{rule}: {withoutRule} findings stored, {counted} before");

            // A sheet imported now is stored with the region's set; the editor checks with it, as the sheet page does.
            var second = await ImportAsync(client, "地区规则集测试乙");
            Assert.Equal(withoutRule, await StatisticsAsync(client, rule));
            var editor = await PageRulesAsync(client, $"/sheets/{second}/edit");
            Assert.DoesNotContain(rule, editor);
            Assert.Equal(await PageRulesAsync(client, $"/sheets/{second}"), editor);

            var back = await client.PutAsJsonAsync($"/api/regions/{Region}", new { ruleSet = "" }, Ct);
            Assert.Equal(0, (await back.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("pendingSheets").GetInt32());

            foreach (var (id, project) in new[] { (first, "地区规则集测试甲"), (second, "地区规则集测试乙") })
            {
                var now = await ReviewAsync(client, id);
                Assert.Contains(rule, now.Rules);
                Assert.Equal((now.Errors, now.Warnings), await CountsAsync(client, project));
            }

            Assert.True(await StatisticsAsync(client, rule) > withoutRule);
            Assert.Contains(rule, await PageRulesAsync(client, $"/sheets/{second}/edit"));
            var audit = await client.GetFromJsonAsync<JsonElement>("/api/audit?action=rereview", Ct);
            Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("userName").GetString() == "admin"
                && e.GetProperty("summary").GetString()!.Contains($"按审核规则集“{RuleSetName}”重新审核", StringComparison.Ordinal));
        }
        finally
        {
            await client.PutAsJsonAsync($"/api/regions/{Region}", new { ruleSet = "" }, Ct);
        }
    }

    [Fact]
    public async Task SetRegion_MoreSheetsThanARequestReviews_RestReviewedInTheBackgroundAndShownPendingMeanwhile()
    {
        factory.RequireDatabase();
        var admin = factory.CreateClientAs("admin");
        var id = await ImportAsync(admin, "地区规则集测试丙");
        var rule = (await ReviewAsync(admin, id)).Rules.First(r => !r.StartsWith("DOC-", StringComparison.Ordinal));
        using var app = WithRuleSet(rule, inRequest: 0);
        var client = As(app, "admin");

        try
        {
            var set = await client.PutAsJsonAsync($"/api/regions/{Region}", new { ruleSet = RuleSetName }, Ct);
            Assert.True((await set.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("pendingSheets").GetInt32() > 0);

            Assert.Equal(0, await PendingAfterWaitingAsync(client));
            var review = await ReviewAsync(client, id);
            Assert.DoesNotContain(rule, review.Rules);
            Assert.Equal((review.Errors, review.Warnings), await CountsAsync(client, "地区规则集测试丙"));

            // The run records its audit entry after its last chunk is written: a moment after the pending count is 0.
            Assert.True(await BackgroundRunAuditedAsync(client), "后台重新审核没有留下审计记录");
        }
        finally
        {
            await client.PutAsJsonAsync($"/api/regions/{Region}", new { ruleSet = "" }, Ct);
            await PendingAfterWaitingAsync(client);
        }
    }

    [Fact]
    public async Task RuleSetFileChangedUnderTheSameName_AfterARestartTheRegionIsPendingAndReviewedAgain()
    {
        factory.RequireDatabase();
        var admin = factory.CreateClientAs("admin");
        var id = await ImportAsync(admin, "地区规则集测试丁");
        // Two rules whose findings count in the list (warnings or errors), so the counts tell which set reviewed.
        var rules = (await admin.GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/review", Ct)).GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("findings")
            .EnumerateArray().Where(f => f.GetProperty("severity").GetString() is "error" or "warning").Select(f => f.GetProperty("rule").GetString()!)
            .Where(r => !r.StartsWith("DOC-", StringComparison.Ordinal)).Distinct().Take(2).ToList();
        Assert.Equal(2, rules.Count);
        int first, second;
        using (var before = WithRuleSet(rules[0]))
        {
            var set = await As(before, "admin").PutAsJsonAsync($"/api/regions/{Region}", new { ruleSet = RuleSetName }, Ct);
            Assert.Equal(0, (await set.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("pendingSheets").GetInt32());
            (first, second) = (await StatisticsAsync(admin, rules[0]), await StatisticsAsync(admin, rules[1]));
        }

        // The file edited in place while the app was stopped: same name, another rule off.
        using var after = WithRuleSet(rules[1], inRequest: 0);
        var client = As(after, "admin");
        try
        {
            Assert.Equal(0, await PendingAfterWaitingAsync(client));
            var review = await ReviewAsync(client, id);
            Assert.Contains(rules[0], review.Rules);
            Assert.DoesNotContain(rules[1], review.Rules);
            Assert.Equal((review.Errors, review.Warnings), await CountsAsync(client, "地区规则集测试丁"));

            // The stored findings are the edited set's: the rule it turned off is gone, the one it turned back on is there.
            Assert.True(await StatisticsAsync(client, rules[0]) > first, $"{rules[0]} stored as before the edit");
            Assert.True(await StatisticsAsync(client, rules[1]) < second, $"{rules[1]} stored as before the edit");
        }
        finally
        {
            await client.PutAsJsonAsync($"/api/regions/{Region}", new { ruleSet = "" }, Ct);
            await PendingAfterWaitingAsync(client);
        }
    }

    /// <summary>Whether the background run's audit entry (by 重新审核) is there, waiting up to 20 s for it.</summary>
    private static async Task<bool> BackgroundRunAuditedAsync(HttpClient client)
    {
        for (var i = 0; i < 200; i++)
        {
            var audit = await client.GetFromJsonAsync<JsonElement>("/api/audit?action=rereview", Ct);
            if (audit.GetProperty("items").EnumerateArray().Any(e => e.GetProperty("userName").GetString() == "重新审核"))
            {
                return true;
            }

            await Task.Delay(100, Ct);
        }

        return false;
    }

    private static Task<int> PendingAfterWaitingAsync(HttpClient client) => RegionRequests.PendingAfterWaitingAsync(client, Region);
}
