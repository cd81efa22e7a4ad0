using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Web.Tests;

public sealed class SqliteRuleSetReloadTests(SqliteFactory factory) : RuleSetReloadTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresRuleSetReloadTests(PostgresFactory factory) : RuleSetReloadTests(factory), IClassFixture<PostgresFactory>;

/// <summary>
/// An administrator reloads the rules folder without a restart (<c>POST /api/rule-sets/reload</c>, the regions page):
/// a changed file takes effect at once and its region's stored findings are reviewed again; a broken file keeps the set it
/// held; only an administrator may reload. Each test has a rules folder and a region of its own (盘州市 520281 and
/// 水城区 520221, which no other test sets).
/// </summary>
public abstract class RuleSetReloadTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reload_FileChangedUnderTheSameName_TakesEffectAtOnceAndTheRegionIsReviewedAgain()
    {
        factory.RequireDatabase();
        const string region = "520281";
        const string name = "盘州市规则集";
        var folder = Directory.CreateTempSubdirectory("jixiao-reload").FullName;
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("Jixiao:RuleSetsFolder", folder));
        var admin = As(app, "admin");
        var id = await RegionRequests.ImportAsync(admin, "规则集重新载入测试甲", region, "盘州市");
        var rules = await CountedRulesAsync(admin, id);

        // A file added while the app runs: not there until reloaded.
        Write(folder, "panzhou.json", name, rules[0]);
        Assert.DoesNotContain(name, await RuleSetNamesAsync(admin));
        var added = await ReloadAsync(admin);
        Assert.Contains(added.GetProperty("sets").EnumerateArray(), s => s.GetProperty("name").GetString() == name && s.GetProperty("change").GetString() == "added");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/regions/{region}", new { ruleSet = name }, Ct)).StatusCode);
        Assert.Equal(0, await RegionRequests.PendingAfterWaitingAsync(admin, region));
        var before = (await RegionRequests.ReviewAsync(admin, id)).Rules;
        Assert.DoesNotContain(rules[0], before);
        Assert.Contains(rules[1], before);

        // The same file edited in place: another rule off. The reload says it changed, and the region's sheet follows.
        Write(folder, "panzhou.json", name, rules[1]);
        var changed = await ReloadAsync(admin);
        Assert.Contains(changed.GetProperty("sets").EnumerateArray(), s => s.GetProperty("name").GetString() == name && s.GetProperty("change").GetString() == "changed");
        Assert.Contains("修改 “" + name + "”", changed.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await RegionRequests.PendingAfterWaitingAsync(admin, region));
        var after = (await RegionRequests.ReviewAsync(admin, id)).Rules;
        Assert.Contains(rules[0], after);
        Assert.DoesNotContain(rules[1], after);
        var review = await RegionRequests.ReviewAsync(admin, id);
        Assert.Equal((review.Errors, review.Warnings), await RegionRequests.ListCountsAsync(admin, "规则集重新载入测试甲"));

        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/audit?action=rule-sets", Ct);
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("summary").GetString()!.Contains("修改 “" + name + "”", StringComparison.Ordinal));
        await admin.PutAsJsonAsync($"/api/regions/{region}", new { ruleSet = "" }, Ct);
    }

    [Fact]
    public async Task Reload_FileNoLongerParses_KeepsTheSetItHeldAndSaysWhyInChinese()
    {
        factory.RequireDatabase();
        const string name = "水城区规则集";
        var folder = Directory.CreateTempSubdirectory("jixiao-reload").FullName;
        Write(folder, "shuicheng.json", name, "VAL-SIGN-MISSING");
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("Jixiao:RuleSetsFolder", folder));
        var admin = As(app, "admin");
        var stamp = (await RuleSetsAsync(admin)).Single(s => s.GetProperty("name").GetString() == name).GetProperty("stamp").GetString();

        File.WriteAllText(Path.Combine(folder, "shuicheng.json"), """{ "name": "水城区规则集", "rules": { "VAL-SIGN-MISSING": { "enabled": tru """);
        var reload = await ReloadAsync(admin);

        var error = Assert.Single(reload.GetProperty("errors").EnumerateArray());
        Assert.Equal("shuicheng.json", error.GetProperty("file").GetString());
        Assert.Equal(name, error.GetProperty("keptSet").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.GetProperty("message").GetString());
        Assert.Contains(reload.GetProperty("sets").EnumerateArray(), s => s.GetProperty("name").GetString() == name && s.GetProperty("change").GetString() == "kept");
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/rule-sets", Ct);
        Assert.Equal(stamp, listed.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name).GetProperty("stamp").GetString());
        Assert.Equal("shuicheng.json", Assert.Single(listed.GetProperty("errors").EnumerateArray()).GetProperty("file").GetString());

        // The regions page shows the file's error to whoever sets regions.
        var page = await admin.GetStringAsync("/admin/regions", Ct);
        Assert.Contains("shuicheng.json", page, StringComparison.Ordinal);
        Assert.Contains("沿用原规则集", page, StringComparison.Ordinal);

        // Removed: the set is gone, and the reload says so.
        File.Delete(Path.Combine(folder, "shuicheng.json"));
        var removed = await ReloadAsync(admin);
        Assert.Contains(removed.GetProperty("sets").EnumerateArray(), s => s.GetProperty("name").GetString() == name && s.GetProperty("change").GetString() == "removed");
        Assert.DoesNotContain(name, await RuleSetNamesAsync(admin));
    }

    [Theory]
    [InlineData("caizheng")]
    [InlineData("danwei")]
    public async Task Reload_NotAnAdministrator_Forbidden(string user)
    {
        factory.RequireDatabase();
        var client = factory.CreateClientAs(user);

        var response = await client.PostAsync("/api/rule-sets/reload", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static void Write(string folder, string file, string name, string off) =>
        File.WriteAllText(Path.Combine(folder, file), $$"""{ "name": "{{name}}", "rules": { "{{off}}": { "enabled": false } } }""");

    private HttpClient As(WebApplicationFactory<Program> app, string user) => factory.ClientOf(app, user);

    private static async Task<JsonElement> ReloadAsync(HttpClient client)
    {
        var response = await client.PostAsync("/api/rule-sets/reload", null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<List<JsonElement>> RuleSetsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/rule-sets", Ct)).GetProperty("items").EnumerateArray()];

    private static async Task<List<string>> RuleSetNamesAsync(HttpClient client) =>
        [.. (await RuleSetsAsync(client)).Select(s => s.GetProperty("name").GetString()!)];

    /// <summary>Two rules with error or warning findings on the sheet, other than the document rules.</summary>
    private static async Task<List<string>> CountedRulesAsync(HttpClient client, long id)
    {
        var rules = (await RegionRequests.FindingsAsync(client, id)).Where(f => f.Severity is "error" or "warning").Select(f => f.Rule)
            .Where(r => !r.StartsWith("DOC-", StringComparison.Ordinal)).Distinct().Take(2).ToList();
        Assert.Equal(2, rules.Count);
        return rules;
    }
}
