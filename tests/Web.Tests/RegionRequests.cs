using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jixiao.Web.Tests;

/// <summary>What the tests of a region's rule set ask the API: a small project imported into the region, its list counts, its review, the region's pending sheets.</summary>
internal static class RegionRequests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A one-sheet project <paramref name="project"/> imported and saved into <paramref name="region"/>; its sheet id.</summary>
    public static async Task<long> ImportAsync(HttpClient client, string project, string region, string? regionName = null)
    {
        var preview = await (await client.PostAsync("/api/imports", ImportFiles.Form(project + ".txt", ImportFiles.SmallProject(project), region, regionName), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var saved = await client.PostAsync($"/api/imports/{preview.GetProperty("id").GetString()}/save", null, Ct);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        return (await saved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("sheetIds")[0].GetInt64();
    }

    /// <summary>The list's stored 错误 and 警告 counts of the sheet of <paramref name="project"/>.</summary>
    public static async Task<(int Errors, int Warnings)> ListCountsAsync(HttpClient client, string project)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/sheets?q=" + Uri.EscapeDataString(project), Ct);
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        return (item.GetProperty("errors").GetInt32(), item.GetProperty("warnings").GetInt32());
    }

    /// <summary>The sheet's review as its page and API give it (its region's set): each finding's rule and severity, in order.</summary>
    public static async Task<List<(string Rule, string Severity)>> FindingsAsync(HttpClient client, long id) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/review", Ct)).GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("findings")
            .EnumerateArray().Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("severity").GetString()!))];

    /// <summary>What the sheet's review counts: 错误 and 警告, and the rule of each finding.</summary>
    public static async Task<(int Errors, int Warnings, List<string> Rules)> ReviewAsync(HttpClient client, long id)
    {
        var findings = await FindingsAsync(client, id);
        return (findings.Count(f => f.Severity == "error"), findings.Count(f => f.Severity == "warning"), [.. findings.Select(f => f.Rule)]);
    }

    /// <summary>The region's pending sheets once none are left, or after 20 s.</summary>
    public static async Task<int> PendingAfterWaitingAsync(HttpClient client, string region)
    {
        var pending = -1;
        for (var i = 0; i < 200 && pending != 0; i++)
        {
            var regions = await client.GetFromJsonAsync<JsonElement>("/api/regions", Ct);
            pending = regions.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("code").GetString() == region).GetProperty("pendingSheets").GetInt32();
            await Task.Delay(pending == 0 ? 0 : 100, Ct);
        }

        return pending;
    }
}
