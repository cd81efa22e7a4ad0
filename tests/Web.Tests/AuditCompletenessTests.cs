using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Web.Tests;

public sealed class SqliteAuditCompletenessTests(SqliteFactory factory) : AuditCompletenessTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresAuditCompletenessTests(PostgresFactory factory) : AuditCompletenessTests(factory), IClassFixture<PostgresFactory>;

/// <summary>
/// Every endpoint that changes data leaves an audit record: each mutating route of the authorization
/// matrix has a recipe here that makes it succeed, and the audit trail must grow by it. A new mutating
/// route without a recipe fails the test.
/// </summary>
public abstract class AuditCompletenessTests(JixiaoFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Routes that change nothing stored (a preview lives in memory; sign-out is audited but needs a browser's form).</summary>
    private static readonly Dictionary<string, string> NoRecordBecause = new(StringComparer.Ordinal)
    {
        ["POST /api/imports/"] = "an upload makes a preview in memory; saving it is the change (POST /api/imports/{id}/save)",
        ["DELETE /api/exports/{id}"] = "cancels a region export or removes its zip: the job lives in memory and its file in a temporary folder; asking for it was audited (POST /api/exports/)",
        ["POST /account/logout"] = "a browser form with its antiforgery token; the browser tests sign out, and SignOutEverywhere is audited in UserStore",
    };

    private HttpClient Admin()
    {
        factory.RequireDatabase();
        return factory.CreateClient();
    }

    private async Task<int> AuditCountAsync() =>
        (await Admin().GetFromJsonAsync<JsonElement>("/api/audit", Ct)).GetProperty("total").GetInt32();

    private async Task<long> DraftSheetAsync() =>
        (await Admin().GetFromJsonAsync<JsonElement>("/api/sheets?sort=id", Ct)).GetProperty("items")[0].GetProperty("id").GetInt64();

    private async Task<(long Document, long Sheet)> ImportAsync(string name)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"项目名称\t{name}\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥100人\n")), "file", name + ".txt" } };
        var preview = await (await Admin().PostAsync("/api/imports", form, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var saved = await (await Admin().PostAsync($"/api/imports/{preview.GetProperty("id").GetString()}/save", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (saved.GetProperty("documentId").GetInt64(), saved.GetProperty("sheetIds")[0].GetInt64());
    }

    /// <summary>A new draft whose error findings an administrator has marked 不适用, so it can be submitted.</summary>
    private async Task<long> SubmittableAsync(string name)
    {
        var (_, sheet) = await ImportAsync(name);
        var review = await Admin().GetFromJsonAsync<JsonElement>($"/api/sheets/{sheet}/review", Ct);
        foreach (var error in review.GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error"))
        {
            await Admin().PostAsJsonAsync($"/api/sheets/{sheet}/marks", new { ruleId = error.GetProperty("rule").GetString(), place = error.GetProperty("position").GetString(), cause = error.TryGetProperty("cause", out var cause) ? cause.GetString() : null, status = "not-applicable", reason = "测试放行" }, Ct);
        }

        return sheet;
    }

    /// <summary>Marks the first finding of the first draft 已核实 with <paramref name="reason"/>.</summary>
    private async Task<(long Sheet, HttpResponseMessage Response)> MarkAsync(string reason)
    {
        var id = await DraftSheetAsync();
        var review = await Admin().GetFromJsonAsync<JsonElement>($"/api/sheets/{id}/review", Ct);
        var finding = review.GetProperty("documents")[0].GetProperty("sheets")[0].GetProperty("findings")[0];
        var cause = finding.TryGetProperty("cause", out var c) ? c.GetString() : null;
        return (id, await Admin().PostAsJsonAsync($"/api/sheets/{id}/marks",
            new { ruleId = finding.GetProperty("rule").GetString(), place = finding.GetProperty("position").GetString(), cause, status = "verified", reason }, Ct));
    }

    /// <summary>For each mutating route, a call that succeeds.</summary>
    private Dictionary<string, Func<Task<HttpResponseMessage>>> Recipes() => new(StringComparer.Ordinal)
    {
        ["POST /api/account/tokens"] = () => Admin().PostAsJsonAsync("/api/account/tokens", new { name = "审计测试" }, Ct),
        ["DELETE /api/account/tokens/{id:long}"] = async () =>
        {
            var issued = await (await Admin().PostAsJsonAsync("/api/account/tokens", new { name = "吊销测试" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
            return await Admin().DeleteAsync($"/api/account/tokens/{issued.GetProperty("id").GetInt64()}", Ct);
        },
        ["PUT /api/sheets/{id:long}"] = async () =>
        {
            var id = await DraftSheetAsync();
            var sheet = (await Admin().GetFromJsonAsync<JsonNode>($"/api/sheets/{id}", Ct))!.AsObject();
            sheet["title"] = "审计测试标题";
            return await Admin().PutAsync($"/api/sheets/{id}", JsonContent.Create(sheet), Ct);
        },
        ["POST /api/imports/{id}/save"] = async () =>
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent("项目名称\t审计导入\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥100人\n"u8.ToArray()), "file", "audit.txt" } };
            var preview = await (await Admin().PostAsync("/api/imports", form, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
            return await Admin().PostAsync($"/api/imports/{preview.GetProperty("id").GetString()}/save", null, Ct);
        },
        ["POST /api/sheets/{id:long}/actions"] = async () =>
        {
            var sheet = await SubmittableAsync("审计提交");
            return await Admin().PostAsJsonAsync($"/api/sheets/{sheet}/actions", new { action = "submit" }, Ct);
        },
        ["POST /api/sheets/actions"] = async () =>
        {
            var sheet = await SubmittableAsync("审计批量");
            var before = await AuditCountAsync();
            var response = await Admin().PostAsJsonAsync("/api/sheets/actions", new { ids = new[] { sheet }, action = "submit" }, Ct);
            Assert.True(await AuditCountAsync() > before, "the batch step left no audit record");
            return response;
        },
        ["POST /api/sheets/{id:long}/comments"] = async () =>
            await Admin().PostAsJsonAsync($"/api/sheets/{await DraftSheetAsync()}/comments", new { row = "产出指标", text = "审计测试意见" }, Ct),
        ["POST /api/sheets/{id:long}/marks"] = async () => (await MarkAsync("审计测试标记")).Response,
        ["DELETE /api/sheets/{id:long}/marks/{markId:long}"] = async () =>
        {
            var (sheet, response) = await MarkAsync("审计测试撤销");
            var mark = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            return await Admin().DeleteAsync($"/api/sheets/{sheet}/marks/{mark.GetProperty("id").GetInt64()}", Ct);
        },
        ["PUT /api/regions/{code}"] = () => Admin().PutAsJsonAsync("/api/regions/630123", new { layout = "standard" }, Ct),
        ["POST /api/rule-sets/reload"] = () => Admin().PostAsync("/api/rule-sets/reload", null, Ct),
        ["DELETE /api/documents/{id:long}"] = async () => await Admin().DeleteAsync($"/api/documents/{(await ImportAsync("审计删除")).Document}", Ct),
        ["POST /api/exports/"] = () => Admin().PostAsJsonAsync("/api/exports", new { region = "630123", year = 2024, format = "html" }, Ct),
        ["POST /api/users/"] = () => Admin().PostAsJsonAsync("/api/users", new { userName = "audit-user", role = "Administrator" }, Ct),
        ["POST /api/users/{userName}/disable"] = () => Admin().PostAsync("/api/users/caizheng/disable", null, Ct),
        ["POST /api/users/{userName}/enable"] = () => Admin().PostAsync("/api/users/caizheng/enable", null, Ct),
        ["POST /api/users/{userName}/reset-password"] = () => Admin().PostAsJsonAsync("/api/users/zhuguan/reset-password", new { password = "Another-Passw0rd" }, Ct),
    };

    [Fact]
    public void Recipes_EveryMutatingRoute_HasOneOrAReasonItChangesNothing()
    {
        var mutating = AuthorizationMatrixTests.Expected.Keys.Where(k => k.StartsWith("POST ", StringComparison.Ordinal) || k.StartsWith("PUT ", StringComparison.Ordinal) || k.StartsWith("DELETE ", StringComparison.Ordinal)).ToList();
        var recipes = Recipes();

        var missing = string.Join("\n", mutating.Where(m => !recipes.ContainsKey(m) && !NoRecordBecause.ContainsKey(m)));
        Assert.True(missing.Length == 0, "mutating routes with no audit check:\n" + missing);
    }

    [Fact]
    public async Task EveryMutatingRoute_Succeeding_LeavesAnAuditRecord()
    {
        var failures = new List<string>();
        foreach (var (route, call) in Recipes())
        {
            var before = await AuditCountAsync();
            using var response = await call();
            var after = await AuditCountAsync();
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{route}: the recipe failed ({(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)})");
            }
            else if (after <= before)
            {
                failures.Add($"{route}: no audit record");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task SignIn_FailedAndSucceeded_BothRecordedWithTheAddress()
    {
        factory.RequireDatabase();
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(factory.Services);
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Data.JixiaoDbContext>(scope.ServiceProvider);

        var failed = await Data.UserStore.SignInAsync(db, "danwei", "wrong-password-1", "10.0.0.8", Ct);
        var signedIn = await Data.UserStore.SignInAsync(db, "danwei", JixiaoFactory.Password, "10.0.0.8", Ct);
        var audit = await Admin().GetFromJsonAsync<JsonElement>("/api/audit?user=danwei", Ct);

        Assert.Equal((Data.SignInOutcome.Failed, Data.SignInOutcome.SignedIn), (failed.Outcome, signedIn.Outcome));
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "sign-in-failed" && e.GetProperty("address").GetString() == "10.0.0.8");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "sign-in");
    }
}
