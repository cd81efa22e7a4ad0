using Jixiao.Core.Export.Forms;
using Jixiao.Core.Review;
using Jixiao.Data;
using Jixiao.Web.Auth;
using Jixiao.Web.Sheets;
using Jixiao.Web.Startup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Api;

/// <summary>
/// Each region's settings (its rule set and default form layout, docs/decisions/016) and how each rule's
/// findings were judged: the statistics behind /rules.
/// </summary>
public static class RegionsApi
{
    public static IEndpointRouteBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var regions = app.MapGroup("/api/regions").WithTags("地区设置");
        regions.MapGet("/", ListRegions).WithName(nameof(ListRegions)).WithSummary("各地区的审核规则集与默认版式，及可选的规则集与版式");
        regions.MapPut("/{code}", SetRegion).WithName(nameof(SetRegion))
            .WithSummary("设置地区的审核规则集（ruleSet，空为默认）与默认版式（layout：standard、approval、public、plan、declaration、unit，空为按导入时的版式）；"
                + "规则集改变时，该地区已保存目标表的审核意见按新规则集重新审核：少量的随请求完成，其余在后台进行（pendingSheets 为尚待重新审核的张数）")
            .RequireAuthorization(Policies.Settings);
        var ruleSets = app.MapGroup("/api/rule-sets").WithTags("审核规则");
        ruleSets.MapGet("/", ListRuleSets).WithName(nameof(ListRuleSets))
            .WithSummary("可选的审核规则集（默认规则集在前）：名称、标识（名称与配置指纹）、文件，及规则集文件夹中未能载入的文件与原因")
            .RequireAuthorization(Policies.Settings);
        ruleSets.MapPost("/reload", ReloadRuleSets).WithName(nameof(ReloadRuleSets))
            .WithSummary("重新读取规则集文件夹（仅管理员）：新增、修改的规则集立即生效，使用修改后规则集的地区的目标表在后台重新审核；"
                + "有误的文件不载入，原已载入的同名规则集继续使用；删除的文件，其地区改用默认规则集")
            .RequireAuthorization(Policies.Admin);
        app.MapGet("/api/rules/statistics", RuleStatisticsOf).WithTags("审核规则").WithName(nameof(RuleStatisticsOf))
            .WithSummary("每条规则在已保存目标表上的审核意见数、涉及的表数，及审核人标记为已核实、不适用的条数（在本人可见的范围内）");
        return app;
    }

    public sealed record RuleSetView(string Name, string Stamp, string? File, bool IsDefault);

    public sealed record RuleSetList(IReadOnlyList<RuleSetView> Items, IReadOnlyList<RuleSetFileError> Errors);

    /// <param name="PendingSheets">Sheets of all regions whose stored findings are not yet those of their rule set, after the reload.</param>
    public sealed record RuleSetReloadView(IReadOnlyList<RuleSetChange> Sets, IReadOnlyList<RuleSetFileError> Errors, string Summary, int PendingSheets);

    internal static Ok<RuleSetList> ListRuleSets(RuleSetChoice ruleSets) => TypedResults.Ok(new RuleSetList(
        [.. ruleSets.Names.Select((name, i) => new RuleSetView(name, ruleSets.Engine(name).RuleSet.Stamp, ruleSets.FileOf(name), i == 0))],
        ruleSets.LoadErrors));

    internal static async Task<Ok<RuleSetReloadView>> ReloadRuleSets(JixiaoDbContext db, CurrentUser user, RuleSetChoice ruleSets, RegionRereviews rereviews, CancellationToken ct) =>
        TypedResults.Ok(await ReloadAsync(db, (await user.ActorAsync())!, ruleSets, rereviews, ct));

    /// <summary>
    /// Reloads the rules folder, records what changed in the audit trail, and asks the background re-review to bring the
    /// regions of changed or removed sets to their set now; the API and the regions page share it.
    /// </summary>
    internal static async Task<RuleSetReloadView> ReloadAsync(JixiaoDbContext db, Data.Actor actor, RuleSetChoice ruleSets, RegionRereviews rereviews, CancellationToken ct)
    {
        var reload = ruleSets.Reload();
        var summary = ReloadSummary(reload);
        using (await WriteTurns.TakeAsync(db, ct))
        {
            AuditTrail.Record(db, actor, AuditTrail.Actions.RuleSets, summary,
                detail: new { sets = reload.Sets, errors = reload.Errors });
            await db.SaveChangesAsync(ct);
        }

        var pending = (await RegionReviews.PendingByRegionAsync(db, ruleSets.StampOf, ct)).Values.Sum();
        if (pending > 0)
        {
            rereviews.Signal();
        }

        return new RuleSetReloadView(reload.Sets, reload.Errors, summary, pending);
    }

    /// <summary>What a reload did, in one sentence for the audit trail and the page.</summary>
    internal static string ReloadSummary(RuleSetReload reload)
    {
        string Names(RuleSetChangeKind kind) => string.Join("、", reload.Sets.Where(c => c.Change == kind).Select(c => "“" + c.Name + "”"));
        var parts = new List<string>();
        foreach (var (kind, label) in new[]
        {
            (RuleSetChangeKind.Added, "新增"), (RuleSetChangeKind.Changed, "修改"), (RuleSetChangeKind.Removed, "删除（其地区改用默认规则集）"),
            (RuleSetChangeKind.Kept, "文件有误，沿用原规则集"), (RuleSetChangeKind.Unchanged, "未变"),
        })
        {
            if (Names(kind) is { Length: > 0 } names)
            {
                parts.Add(label + " " + names);
            }
        }

        var skipped = reload.Errors.Where(e => e.KeptSet is null).Select(e => e.File).ToList();
        if (skipped.Count > 0)
        {
            parts.Add("未能载入 " + string.Join("、", skipped));
        }

        return "重新载入审核规则集：" + (parts.Count == 0 ? "规则集文件夹中没有规则集" : string.Join("；", parts));
    }

    /// <param name="PendingSheets">Sheets of the region whose stored findings are not yet those of its rule set (being reviewed again, docs/decisions/020).</param>
    public sealed record RegionView(string Code, string Name, string? RuleSet, string RuleSetName, string? Layout, string LayoutName, bool MayChange, int PendingSheets);

    public sealed record RegionList(IReadOnlyList<RegionView> Items, IReadOnlyList<string> RuleSets, IReadOnlyDictionary<string, string> Layouts);

    public sealed record RegionRequest(string? RuleSet, string? Layout);

    public sealed record RuleStatisticsView(string RuleId, string Title, int Findings, int Sheets, int Verified, int NotApplicable);

    internal static async Task<Ok<RegionList>> ListRegions(JixiaoDbContext db, CurrentUser user, RuleSetChoice ruleSets, CancellationToken ct)
    {
        var actor = (await user.ActorAsync())!;
        var scope = await user.ScopeAsync(ct);
        var pending = await RegionReviews.PendingByRegionAsync(db, ruleSets.StampOf, ct);
        var items = (await RegionSettings.ListAsync(db, ct)).Select(r => View(r, ruleSets, RegionSettings.MayChange(actor, scope, r.Id), pending.GetValueOrDefault(r.Id))).ToList();
        return TypedResults.Ok(new RegionList(items, ruleSets.Names, Layouts()));
    }

    internal static async Task<Results<Ok<RegionView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> SetRegion(
        JixiaoDbContext db, CurrentUser user, RuleSetChoice ruleSets, RegionRereviews rereviews, IOptions<JixiaoOptions> options, string code, RegionRequest request, CancellationToken ct)
    {
        var actor = (await user.ActorAsync())!;
        var result = await RegionSettings.SetAsync(db, actor, await user.ScopeAsync(ct), code, request.RuleSet, request.Layout, ruleSets.Names, ct);
        if (result.Error is { } error)
        {
            return error.Code switch
            {
                DataErrorCode.NotFound => TypedResults.NotFound(new ProblemDetails { Title = "找不到财政区划", Detail = error.MessageZh, Status = StatusCodes.Status404NotFound }),
                DataErrorCode.Invalid => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["region"] = [error.MessageZh] }, title: "地区设置有误",
                    extensions: new Dictionary<string, object?> { ["code"] = error.CodeText }),
                _ => TypedResults.Problem(error.MessageZh, statusCode: StatusCodes.Status403Forbidden, title: "无权设置该地区",
                    extensions: new Dictionary<string, object?> { ["code"] = error.CodeText }),
            };
        }

        var pending = await RereviewAsync(db, actor, result.Value!.Id, ruleSets, rereviews, options.Value.RereviewInRequest, ct);
        return TypedResults.Ok(View(result.Value!, ruleSets, true, pending));
    }

    /// <summary>
    /// The region's stored findings reviewed again with its (new) rule set: up to <paramref name="inRequest"/> sheets
    /// here, so a small region's lists agree at once; the rest, or all of it if this is interrupted, in the background.
    /// Returns how many are left.
    /// </summary>
    internal static async Task<int> RereviewAsync(JixiaoDbContext db, Data.Actor actor, long regionId, RuleSetChoice ruleSets, RegionRereviews rereviews, int inRequest, CancellationToken ct)
    {
        try
        {
            var progress = await RegionReviews.ReviewAsync(db, actor, regionId, ruleSets.Engine, Math.Max(0, inRequest), ct);
            if (progress.Pending > 0)
            {
                rereviews.Signal();
            }

            return progress.Pending;
        }
        catch (Exception e) when (e is OperationCanceledException || DatabaseBusy.Is(e))
        {
            // The setting is saved; whatever this did is whole per sheet, and the background does the rest.
            db.ChangeTracker.Clear();
            rereviews.Signal();
            return await RegionReviews.PendingCountAsync(db, regionId, ruleSets.Engine, CancellationToken.None);
        }
    }

    internal static async Task<Ok<IReadOnlyList<RuleStatisticsView>>> RuleStatisticsOf(JixiaoDbContext db, CurrentUser user, CancellationToken ct)
    {
        var stats = (await SheetMarks.StatisticsAsync(db, await user.ScopeAsync(ct), ct)).ToDictionary(s => s.RuleId, StringComparer.Ordinal);
        return TypedResults.Ok<IReadOnlyList<RuleStatisticsView>>([.. RuleCatalogue.All.Select(r =>
        {
            var s = stats.GetValueOrDefault(r.Info.Id) ?? new RuleStatistics(r.Info.Id, 0, 0, 0, 0);
            return new RuleStatisticsView(r.Info.Id, r.Info.Title, s.Findings, s.Sheets, s.Verified, s.NotApplicable);
        })]);
    }

    /// <summary>The layouts to choose from, by code, with their Chinese names.</summary>
    public static IReadOnlyDictionary<string, string> Layouts() =>
        Enum.GetValues<FormFamily>().ToDictionary(FormFamilies.Code, FormFamilies.Describe);

    public static string LayoutName(string? layout) =>
        layout is not null && FormFamilies.Names.TryGetValue(layout, out var family) ? FormFamilies.Describe(family) : "按导入时的版式";

    private static RegionView View(RegionSetting r, RuleSetChoice ruleSets, bool mayChange, int pending) =>
        new(r.Code, r.Name, r.RuleSet, ruleSets.Resolve(r.RuleSet), r.FormLayout, LayoutName(r.FormLayout), mayChange, pending);
}
