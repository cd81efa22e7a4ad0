using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Web.Tests;

public sealed class SqliteWorkflowApiTests(SqliteFactory factory) : WorkflowApiTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresWorkflowApiTests(PostgresFactory factory) : WorkflowApiTests(factory), IClassFixture<PostgresFactory>;

/// <summary>
/// The whole life of a sheet over the API, with the demo users of a first start (region 630123): the unit
/// submits, the 主管部门 returns it with a row comment, the unit fixes and resubmits, the 主管部门 passes,
/// 财政 approves with 良, publishes; the portal shows it, and the audit trail has every step.
/// </summary>
public abstract class WorkflowApiTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient As(string user) => factory.RequiredClientAs(user);

    /// <summary>The first sheet the unit user reaches (its own unit's).</summary>
    private async Task<long> UnitSheetAsync()
    {
        var list = await As("danwei").GetFromJsonAsync<JsonElement>("/api/sheets", Ct);
        Assert.True(list.GetProperty("total").GetInt32() > 0, "the demo unit sees none of its sheets");
        return list.GetProperty("items")[0].GetProperty("id").GetInt64();
    }

    private async Task<HttpResponseMessage> ActAsync(string user, long id, string action, string? grade = null, string? comment = null) =>
        await As(user).PostAsJsonAsync($"/api/sheets/{id}/actions", new { action, grade, comment }, Ct);

    private async Task<JsonElement> WorkflowAsync(string user, long id) =>
        await As(user).GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/workflow", Ct);

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).TryGetProperty("code", out var code) ? code.GetString() : null;

    [Fact]
    public async Task Journey_SubmitReturnResubmitApprovePublish_OnThePortalWithEveryStepAudited()
    {
        var id = await UnitSheetAsync();

        // Errors block the submission until a reviewer marks each 不适用 with a reason.
        var review = await As("zhuguan").GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/review", Ct);
        var errors = review.GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "error").ToList();
        if (errors.Count > 0)
        {
            var blocked = await ActAsync("danwei", id, "submit");
            Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
            Assert.Equal("WORKFLOW-OPEN-ERRORS", await CodeAsync(blocked));
            foreach (var finding in errors)
            {
                var overridden = await As("zhuguan").PostAsJsonAsync($"/api/sheets/{id}/marks",
                    new { ruleId = finding.GetProperty("rule").GetString(), place = finding.GetProperty("position").GetString(), cause = finding.TryGetProperty("cause", out var cause) ? cause.GetString() : null, status = "not-applicable", reason = "已与单位核实，按文件执行" }, Ct);
                Assert.True(overridden.StatusCode is HttpStatusCode.Created, await overridden.Content.ReadAsStringAsync(Ct));
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await ActAsync("danwei", id, "submit")).StatusCode);

        // A submitted sheet is not edited directly.
        var sheet = (await As("danwei").GetFromJsonAsync<JsonNode>($"/api/sheets/{id}", Ct))!.AsObject();
        var locked = await As("danwei").PutAsync($"/api/sheets/{id}", JsonContent.Create(sheet), Ct);
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Equal("SHEET-LOCKED", await CodeAsync(locked));

        // The 主管部门 comments on a row and returns the sheet.
        var row = (await WorkflowAsync("zhuguan", id)).GetProperty("id").GetInt64() == id ? RowKey(sheet) : null;
        Assert.Equal(HttpStatusCode.Created, (await As("zhuguan").PostAsJsonAsync($"/api/sheets/{id}/comments", new { row, text = "指标值请量化" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync("zhuguan", id, "return", comment: "请按行意见修改")).StatusCode);

        // The unit sees the comment beside its row, fixes and resubmits.
        var returned = await WorkflowAsync("danwei", id);
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        Assert.Contains(returned.GetProperty("comments").EnumerateArray(), c => c.GetProperty("row").GetString() == row && c.GetProperty("text").GetString() == "指标值请量化");
        var current = (await As("danwei").GetFromJsonAsync<JsonNode>($"/api/sheets/{id}", Ct))!.AsObject();
        current["title"] = "修改后的标题";
        Assert.Equal(HttpStatusCode.OK, (await As("danwei").PutAsync($"/api/sheets/{id}", JsonContent.Create(current), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync("danwei", id, "submit")).StatusCode);

        // The unit cannot pass its own sheet; the 主管部门 does; 财政 must give a grade, approves with 良, publishes.
        var selfPass = await ActAsync("danwei", id, "pass");
        Assert.Equal(HttpStatusCode.Forbidden, selfPass.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync("zhuguan", id, "pass")).StatusCode);
        var proposal = (await WorkflowAsync("caizheng", id)).GetProperty("proposal");
        Assert.NotEmpty(proposal.GetProperty("reasons").EnumerateArray());
        Assert.Equal("WORKFLOW-GRADE-REQUIRED", await CodeAsync(await ActAsync("caizheng", id, "pass")));
        var approved = await (await ActAsync("caizheng", id, "pass", grade: "良")).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal(1, approved.GetProperty("approval").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await ActAsync("caizheng", id, "publish")).StatusCode);

        // On the portal, anonymously, as approved; the versions differ by the fix; the audit has each step.
        var published = await factory.CreateAnonymousClient().GetFromJsonAsync<JsonElement>($"/api/public/sheets/{id}", Ct);
        Assert.Equal("修改后的标题", published.GetProperty("title").GetString());
        var workflow = await WorkflowAsync("admin", id);
        Assert.Equal("published", workflow.GetProperty("status").GetString());
        Assert.Equal("良", workflow.GetProperty("gradeName").GetString());
        var versions = workflow.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["submitted", "submitted", "approved"], versions.Select(v => v.GetProperty("kind").GetString()));
        var diff = await As("admin").GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/diff?from=1&to=2", Ct);
        Assert.Contains(diff.GetProperty("fields").EnumerateArray(), f => f.GetProperty("after").GetString() == "修改后的标题");
        var history = workflow.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("summary").GetString()!).ToList();
        foreach (var step in new[] { "提交", "退回", "审核通过", "审核结果“良”", "批复第 1 版", "公开", "指标值请量化", "修改目标表" })
        {
            Assert.Contains(history, h => h.Contains(step, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Scope_UnitUser_SeesOnlyItsOwnSheetsAndOthersAreNotFound()
    {
        var mine = await As("danwei").GetFromJsonAsync<JsonElement>("/api/sheets", Ct);
        var all = await As("admin").GetFromJsonAsync<JsonElement>("/api/sheets", Ct);
        var region = await As("caizheng").GetFromJsonAsync<JsonElement>("/api/sheets", Ct);
        var ids = mine.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToHashSet();
        var other = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).First(i => !ids.Contains(i));

        Assert.True(mine.GetProperty("total").GetInt32() <= region.GetProperty("total").GetInt32());
        Assert.True(region.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await As("danwei").GetAsync($"/api/sheets/{other}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync("danwei", other, "submit")).StatusCode);
    }

    [Fact]
    public async Task Tasks_EachRole_CountsWhatWaitsForIt()
    {
        var unit = await As("danwei").GetFromJsonAsync<JsonElement>("/api/tasks", Ct);
        var finance = await As("caizheng").GetFromJsonAsync<JsonElement>("/api/tasks", Ct);

        Assert.All(unit.GetProperty("items").EnumerateArray(), i => Assert.Contains(i.GetProperty("status").GetString(), new[] { "draft", "returned" }));
        Assert.All(finance.GetProperty("items").EnumerateArray(), i => Assert.Contains(i.GetProperty("status").GetString(), new[] { "departmentApproved", "approved" }));
    }

    [Fact]
    public async Task ConcurrentPasses_EightAtOnce_OneWinsNoneIsLost()
    {
        // A sheet of another region than the demo users', so the other tests' sheets are untouched.
        var id = (await As("admin").GetFromJsonAsync<JsonElement>("/api/sheets?sort=id&desc=true", Ct)).GetProperty("items")[0].GetProperty("id").GetInt64();
        await SubmitAsync(id);

        var tasks = Enumerable.Range(0, 8).Select(_ => ActAsync("admin", id, "pass")).ToList();
        var results = await Task.WhenAll(tasks);

        // One pass; the others refused (the state moved on, or the version did; 503 when SQLite's lock was held too long) — never two.
        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.ServiceUnavailable }));
        var workflow = await WorkflowAsync("admin", id);
        Assert.Equal("departmentApproved", workflow.GetProperty("status").GetString());
        Assert.Single(workflow.GetProperty("history").EnumerateArray(), h => h.GetProperty("summary").GetString()!.StartsWith("审核通过", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteDocument_DraftByItsUnit_GoneAndAudited_SubmittedRefused()
    {
        var client = As("danwei");
        using var form = new MultipartFormDataContent { { new ByteArrayContent("项目名称\t测试删除项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥100人\n"u8.ToArray()), "file", "delete-me.txt" } };
        var upload = await client.PostAsync("/api/imports", form, Ct);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var preview = await upload.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var saved = await (await client.PostAsync($"/api/imports/{preview.GetProperty("id").GetString()}/save", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var document = saved.GetProperty("documentId").GetInt64();
        var sheet = saved.GetProperty("sheetIds")[0].GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/sheets/{sheet}", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await As("zhuguan").DeleteAsync($"/api/documents/{document}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/documents/{document}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/sheets/{sheet}", Ct)).StatusCode);
        var audit = await As("admin").GetFromJsonAsync<JsonElement>("/api/audit?action=delete-document", Ct);
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("documentId").GetInt64() == document && e.GetProperty("userName").GetString() == "danwei");
    }

    /// <summary>Submits a sheet as administrator, letting each of its error findings pass first.</summary>
    private async Task SubmitAsync(long id)
    {
        var review = await As("admin").GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/review", Ct);
        foreach (var finding in review.GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "error"))
        {
            await As("admin").PostAsJsonAsync($"/api/sheets/{id}/marks",
                new { ruleId = finding.GetProperty("rule").GetString(), place = finding.GetProperty("position").GetString(), cause = finding.TryGetProperty("cause", out var cause) ? cause.GetString() : null, status = "not-applicable", reason = "测试放行" }, Ct);
        }

        var submitted = await ActAsync("admin", id, "submit");
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync(Ct));
    }

    private static string RowKey(JsonObject sheet)
    {
        var row = sheet["indicators"]!.AsArray()[0]!.AsObject();
        return string.Join(" / ", new[] { (string?)row["level1"], (string?)row["level2"], (string?)row["name"] }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
