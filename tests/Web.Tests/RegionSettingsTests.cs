using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Web.Tests;

public sealed class SqliteRegionSettingsTests(SqliteFactory factory) : RegionSettingsTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresRegionSettingsTests(PostgresFactory factory) : RegionSettingsTests(factory), IClassFixture<PostgresFactory>;

/// <summary>
/// A region's stored settings (decision 016): its rule set reviews the sheet page by default, decides what
/// blocks submission and proposes the 审核结果; its layout is the form downloads' default. The demo users'
/// region is 湟源县 (630123); 门源县 (632221) is another.
/// </summary>
public abstract class RegionSettingsTests(JixiaoFactory factory)
{
    private const string Region = "630123";
    private const string RegionRuleSet = "湟源县规则集";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient As(string user) => factory.RequiredClientAs(user);

    private HttpClient As(WebApplicationFactory<Program> app, string user) => factory.ClientOf(app, user);

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).TryGetProperty("code", out var code) ? code.GetString() : null;

    /// <summary>A draft of the region with error findings (by the default rule set), and the rules of those errors.</summary>
    private async Task<(long Id, List<string> ErrorRules)> SheetWithErrorsAsync()
    {
        for (var page = 1; page < 20; page++)
        {
            var list = await As("caizheng").GetFromJsonAsync<JsonElement>($"/api/sheets?page={page}", Ct);
            foreach (var id in list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()))
            {
                var review = await As("caizheng").GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/review?rules=" + Uri.EscapeDataString(Core.Review.RuleSet.Default.Name), Ct);
                var rules = review.GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("findings").EnumerateArray()
                    .Where(f => f.GetProperty("severity").GetString() == "error").Select(f => f.GetProperty("rule").GetString()!).Distinct().ToList();
                var status = (await As("caizheng").GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/workflow", Ct)).GetProperty("status").GetString();
                if (rules.Count > 0 && status == "draft")
                {
                    return (id, rules);
                }
            }
        }

        throw new InvalidOperationException("no draft of 630123 with an error finding");
    }

    /// <summary>The app with a rules folder holding the region's rule set, which switches <paramref name="off"/> off.</summary>
    private WebApplicationFactory<Program> WithRuleSet(IEnumerable<string> off)
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-region-rules").FullName;
        var rules = string.Join(", ", off.Select(r => $"\"{r}\": {{ \"enabled\": false }}"));
        File.WriteAllText(Path.Combine(folder, "region.json"), $$"""{ "name": "{{RegionRuleSet}}", "rules": { {{rules}} } }""");
        return factory.WithWebHostBuilder(b => b.UseSetting("Jixiao:RuleSetsFolder", folder));
    }

    [Fact]
    public async Task RegionRuleSet_Set_ReviewsThePageDecidesSubmissionAndProposesTheGrade()
    {
        var (id, errorRules) = await SheetWithErrorsAsync();
        using var app = WithRuleSet(errorRules);
        var admin = As(app, "admin");
        var refused = await admin.PostAsJsonAsync($"/api/sheets/{id}/actions", new { action = "submit" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("WORKFLOW-OPEN-ERRORS", await CodeAsync(refused));
        var proposalBefore = (await admin.GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/workflow", Ct)).GetProperty("proposal").GetProperty("reasons").ToString();
        Assert.Contains(errorRules[0], proposalBefore, StringComparison.Ordinal);
        var pageBefore = await admin.GetStringAsync($"/sheets/{id}", Ct);
        Assert.Contains($"data-rule=\"{errorRules[0]}\"", pageBefore, StringComparison.Ordinal);
        Assert.Contains("（默认）", pageBefore, StringComparison.Ordinal);

        try
        {
            var set = await As(app, "caizheng").PutAsJsonAsync($"/api/regions/{Region}", new { ruleSet = RegionRuleSet }, Ct);
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);

            var workflow = await admin.GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/workflow", Ct);
            Assert.Equal((0, RegionRuleSet), (workflow.GetProperty("openErrors").GetInt32(), workflow.GetProperty("ruleSet").GetString()));
            Assert.DoesNotContain(errorRules[0], workflow.GetProperty("proposal").GetProperty("reasons").ToString(), StringComparison.Ordinal);
            var page = await admin.GetStringAsync($"/sheets/{id}", Ct);
            Assert.Contains($"审核规则集：<strong id=\"sheet-rule-set\">{RegionRuleSet}</strong>", page, StringComparison.Ordinal);
            Assert.DoesNotContain($"data-rule=\"{errorRules[0]}\"", page, StringComparison.Ordinal);
            var chosen = await admin.GetStringAsync($"/sheets/{id}?rules=" + Uri.EscapeDataString(Core.Review.RuleSet.Default.Name), Ct);
            Assert.Contains($"data-rule=\"{errorRules[0]}\"", chosen, StringComparison.Ordinal);
            Assert.Contains("本页另选", chosen, StringComparison.Ordinal);

            var submitted = await admin.PostAsJsonAsync($"/api/sheets/{id}/actions", new { action = "submit" }, Ct);
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }
        finally
        {
            await As(app, "admin").PutAsJsonAsync($"/api/regions/{Region}", new { ruleSet = (string?)null }, Ct);
        }
    }

    [Fact]
    public async Task RegionLayout_Set_DownloadsUseItUnlessTheLayoutIsNamed()
    {
        var id = (await As("caizheng").GetFromJsonAsync<JsonElement>("/api/sheets", Ct)).GetProperty("items")[0].GetProperty("id").GetInt64();
        var client = As("caizheng");
        async Task<string> FormAsync(string query = "") => await client.GetStringAsync($"/api/sheets/{id}/form.html{query}", Ct);
        var imported = await FormAsync();
        var publicList = await FormAsync("?layout=public");
        var standard = await FormAsync("?layout=standard");
        Assert.NotEqual(imported, publicList);
        Assert.NotEqual(standard, publicList);

        try
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/regions/{Region}", new { layout = "001" }, Ct)).StatusCode);

            Assert.Equal(publicList, await FormAsync());
            Assert.Equal(standard, await FormAsync("?layout=standard"));
            var regions = await client.GetFromJsonAsync<JsonElement>("/api/regions", Ct);
            var own = regions.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("code").GetString() == Region);
            Assert.Equal(("public", "公开表（项目清单）"), (own.GetProperty("layout").GetString(), own.GetProperty("layoutName").GetString()));
            Assert.Contains("下载版式：<strong id=\"sheet-layout\">公开表（项目清单）</strong>", await client.GetStringAsync($"/sheets/{id}", Ct), StringComparison.Ordinal);
        }
        finally
        {
            await client.PutAsJsonAsync($"/api/regions/{Region}", new { layout = "" }, Ct);
        }

        Assert.Equal(imported, await FormAsync());
    }

    [Fact]
    public async Task SetRegion_OtherRegionOrDepartmentReviewerOrBadValue_RefusedWithCodesAndAudited()
    {
        var otherRegion = await As("caizheng").PutAsJsonAsync("/api/regions/632221", new { layout = "standard" }, Ct);
        var department = await As("zhuguan").PutAsJsonAsync($"/api/regions/{Region}", new { layout = "standard" }, Ct);
        var badRuleSet = await As("admin").PutAsJsonAsync($"/api/regions/{Region}", new { ruleSet = "没有这个规则集" }, Ct);
        var badLayout = await As("admin").PutAsJsonAsync($"/api/regions/{Region}", new { layout = "fancy" }, Ct);
        var unknown = await As("admin").PutAsJsonAsync("/api/regions/999999", new { layout = "standard" }, Ct);
        var byAdmin = await As("admin").PutAsJsonAsync("/api/regions/632221", new { layout = "declaration" }, Ct);

        Assert.Equal((HttpStatusCode.Forbidden, "REGION-FORBIDDEN"), (otherRegion.StatusCode, await CodeAsync(otherRegion)));
        Assert.Equal((HttpStatusCode.Forbidden, "AUTH-FORBIDDEN"), (department.StatusCode, await CodeAsync(department)));
        Assert.Equal((HttpStatusCode.BadRequest, "REGION-SETTING-INVALID"), (badRuleSet.StatusCode, await CodeAsync(badRuleSet)));
        Assert.Contains("没有名为“没有这个规则集”的审核规则集", await badRuleSet.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, "REGION-SETTING-INVALID"), (badLayout.StatusCode, await CodeAsync(badLayout)));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        var audit = await As("admin").GetFromJsonAsync<JsonElement>("/api/audit?action=region", Ct);
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("userName").GetString() == "admin" && e.GetProperty("summary").GetString()!.Contains("申报表", StringComparison.Ordinal));
        await As("admin").PutAsJsonAsync("/api/regions/632221", new { layout = "" }, Ct);
    }

    [Fact]
    public async Task RegionsPage_FinanceReviewer_FormForItsOwnRegionOnly()
    {
        var page = await As("caizheng").GetStringAsync("/admin/regions", Ct);

        Assert.Contains($"id=\"region-form-{Region}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"region-form-632221\"", page, StringComparison.Ordinal);
        Assert.Contains("data-region=\"632221\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"region-form-632221\"", await As("admin").GetStringAsync("/admin/regions", Ct), StringComparison.Ordinal);
    }
}
