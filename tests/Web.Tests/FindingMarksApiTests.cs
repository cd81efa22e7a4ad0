using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jixiao.Web.Tests;

public sealed class SqliteFindingMarksApiTests(SqliteFactory factory) : FindingMarksApiTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresFindingMarksApiTests(PostgresFactory factory) : FindingMarksApiTests(factory), IClassFixture<PostgresFactory>;

/// <summary>
/// Reviewers' marks on findings over the API (decision 016): only reviewers in their scope mark, always with
/// a reason; a 不适用 error stops blocking submission; the unit sees the mark; changes and removal are audited;
/// the marks are counted per rule.
/// </summary>
public abstract class FindingMarksApiTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient As(string user) => factory.RequiredClientAs(user);

    /// <summary>The unit's first sheet with an error finding, and that finding.</summary>
    private async Task<(long Id, JsonElement Error)> UnitErrorAsync()
    {
        foreach (var id in await IdsAsync("danwei"))
        {
            var review = await As("zhuguan").GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/review", Ct);
            var errors = review.GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("severity").GetString() == "error").ToList();
            if (errors.Count > 0)
            {
                return (id, errors[0]);
            }
        }

        throw new InvalidOperationException("the demo unit has no sheet with an error finding");
    }

    /// <summary>The ids of every sheet the user sees, page by page.</summary>
    private async Task<List<long>> IdsAsync(string user)
    {
        var ids = new List<long>();
        for (var page = 1; ; page++)
        {
            var list = await As(user).GetFromJsonAsync<JsonElement>($"/api/sheets?page={page}", Ct);
            var items = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
            ids.AddRange(items);
            if (items.Count == 0 || ids.Count >= list.GetProperty("total").GetInt32())
            {
                return ids;
            }
        }
    }

    private static object Body(JsonElement finding, string? status, string? reason) => new
    {
        ruleId = finding.GetProperty("rule").GetString(),
        place = finding.GetProperty("position").GetString(),
        cause = finding.TryGetProperty("cause", out var cause) ? cause.GetString() : null,
        status,
        reason,
    };

    private async Task<JsonElement> WorkflowAsync(string user, long id) =>
        await As(user).GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/workflow", Ct);

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).TryGetProperty("code", out var code) ? code.GetString() : null;

    [Fact]
    public async Task Mark_NotApplicableThenVerifiedThenRemoved_BlocksAccordinglyUnitSeesItEachAudited()
    {
        var (id, error) = await UnitErrorAsync();
        var rule = error.GetProperty("rule").GetString()!;
        var open = (await WorkflowAsync("zhuguan", id)).GetProperty("openErrors").GetInt32();
        var auditBefore = (await As("admin").GetFromJsonAsync<JsonElement>($"/api/audit?action=mark&sheetId={id}", Ct)).GetProperty("total").GetInt32();

        var notApplicable = await As("zhuguan").PostAsJsonAsync($"/api/sheets/{id}/marks", Body(error, "not-applicable", "按省厅文件该指标以人数计"), Ct);

        Assert.Equal(HttpStatusCode.Created, notApplicable.StatusCode);
        var unitView = await WorkflowAsync("danwei", id);
        Assert.Equal(open - 1, unitView.GetProperty("openErrors").GetInt32());
        var mark = Assert.Single(unitView.GetProperty("marks").EnumerateArray(), m => m.GetProperty("ruleId").GetString() == rule);
        Assert.Equal(("不适用", "zhuguan", "按省厅文件该指标以人数计", true),
            (mark.GetProperty("statusName").GetString(), mark.GetProperty("userName").GetString(), mark.GetProperty("reason").GetString(), mark.GetProperty("applies").GetBoolean()));
        var page = await As("danwei").GetStringAsync($"/sheets/{id}", Ct);
        Assert.Contains("不适用 · zhuguan · ", page, StringComparison.Ordinal);
        Assert.Contains("：按省厅文件该指标以人数计", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"mark-form\"", page, StringComparison.Ordinal);

        var verified = await As("caizheng").PostAsJsonAsync($"/api/sheets/{id}/marks", Body(error, "已核实", "复核：确属错误，请单位改正"), Ct);
        Assert.Equal(HttpStatusCode.Created, verified.StatusCode);
        var afterVerified = await WorkflowAsync("danwei", id);
        Assert.Equal(open, afterVerified.GetProperty("openErrors").GetInt32());
        var changed = Assert.Single(afterVerified.GetProperty("marks").EnumerateArray(), m => m.GetProperty("ruleId").GetString() == rule);
        Assert.Equal(("verified", "caizheng"), (changed.GetProperty("status").GetString(), changed.GetProperty("userName").GetString()));

        var removed = await As("caizheng").DeleteAsync($"/api/sheets/{id}/marks/{changed.GetProperty("id").GetInt64()}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.DoesNotContain((await WorkflowAsync("danwei", id)).GetProperty("marks").EnumerateArray(), m => m.GetProperty("ruleId").GetString() == rule);
        var audit = await As("admin").GetFromJsonAsync<JsonElement>($"/api/audit?action=mark&sheetId={id}", Ct);
        Assert.Equal(auditBefore + 3, audit.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Mark_UnitFiller_Forbidden()
    {
        var (id, error) = await UnitErrorAsync();

        var response = await As("danwei").PostAsJsonAsync($"/api/sheets/{id}/marks", Body(error, "not-applicable", "我们认为不适用"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("AUTH-FORBIDDEN", await CodeAsync(response));
    }

    [Fact]
    public async Task Mark_WithoutReason_RefusedInChineseWithACode()
    {
        var (id, error) = await UnitErrorAsync();

        var response = await As("zhuguan").PostAsJsonAsync($"/api/sheets/{id}/marks", Body(error, "not-applicable", "   "), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("MARK-REASON-REQUIRED", problem.GetProperty("code").GetString());
        Assert.Contains("须说明理由", problem.GetProperty("errors").GetProperty("reason")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mark_BadStatusOrNoSuchFinding_RefusedWithCodes()
    {
        var (id, error) = await UnitErrorAsync();

        var status = await As("zhuguan").PostAsJsonAsync($"/api/sheets/{id}/marks", Body(error, "maybe", "理由"), Ct);
        var missing = await As("zhuguan").PostAsJsonAsync($"/api/sheets/{id}/marks", new { ruleId = "VAL-NO-SUCH", place = "L1", status = "verified", reason = "理由" }, Ct);

        Assert.Equal((HttpStatusCode.BadRequest, "MARK-STATUS-INVALID"), (status.StatusCode, await CodeAsync(status)));
        Assert.Equal((HttpStatusCode.NotFound, "MARK-FINDING-NOT-FOUND"), (missing.StatusCode, await CodeAsync(missing)));
    }

    [Fact]
    public async Task Mark_SheetOutsideTheReviewersRegion_NotFound()
    {
        var own = (await IdsAsync("caizheng")).ToHashSet();
        var other = (await IdsAsync("admin")).First(i => !own.Contains(i));
        var finding = (await As("admin").GetFromJsonAsync<JsonElement>($"/api/sheets/{other}/review", Ct)).GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("findings")[0];

        var response = await As("caizheng").PostAsJsonAsync($"/api/sheets/{other}/marks", Body(finding, "not-applicable", "理由"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Statistics_AfterMarks_CountedPerRuleOnTheApiAndTheRulesPage()
    {
        var (id, error) = await UnitErrorAsync();
        var rule = error.GetProperty("rule").GetString()!;
        static JsonElement Of(JsonElement stats, string rule) => stats.EnumerateArray().Single(s => s.GetProperty("ruleId").GetString() == rule);
        var before = Of(await As("caizheng").GetFromJsonAsync<JsonElement>("/api/rules/statistics", Ct), rule);

        var marked = await (await As("zhuguan").PostAsJsonAsync($"/api/sheets/{id}/marks", Body(error, "not-applicable", "统计测试"), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        var after = Of(await As("caizheng").GetFromJsonAsync<JsonElement>("/api/rules/statistics", Ct), rule);
        Assert.Equal(before.GetProperty("notApplicable").GetInt32() + 1, after.GetProperty("notApplicable").GetInt32());
        Assert.True(after.GetProperty("findings").GetInt32() >= 1, after.ToString());
        Assert.Equal(RuleCount(), (await As("caizheng").GetFromJsonAsync<JsonElement>("/api/rules/statistics", Ct)).GetArrayLength());
        var page = await As("caizheng").GetStringAsync("/rules", Ct);
        Assert.Contains("<th class=\"number\">不适用</th>", page, StringComparison.Ordinal);
        Assert.Matches($"<tr id=\"{rule}\">(?:(?!</tr>).)*data-stat=\"not-applicable\">{after.GetProperty("notApplicable").GetInt32()}<", page.Replace("\n", " ", StringComparison.Ordinal));
        await As("zhuguan").DeleteAsync($"/api/sheets/{id}/marks/{marked.GetProperty("id").GetInt64()}", Ct);
    }

    private static int RuleCount() => Core.Review.RuleCatalogue.All.Count;
}
