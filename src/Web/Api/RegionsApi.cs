using Jixiao.Core.Export.Forms;
using Jixiao.Core.Review;
using Jixiao.Data;
using Jixiao.Web.Auth;
using Jixiao.Web.Sheets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

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
            .WithSummary("设置地区的审核规则集（ruleSet，空为默认）与默认版式（layout：standard、approval、public、plan、declaration、unit，空为按导入时的版式）")
            .RequireAuthorization(Policies.Settings);
        app.MapGet("/api/rules/statistics", RuleStatisticsOf).WithTags("审核规则").WithName(nameof(RuleStatisticsOf))
            .WithSummary("每条规则在已保存目标表上的审核意见数、涉及的表数，及审核人标记为已核实、不适用的条数（在本人可见的范围内）");
        return app;
    }

    public sealed record RegionView(string Code, string Name, string? RuleSet, string RuleSetName, string? Layout, string LayoutName, bool MayChange);

    public sealed record RegionList(IReadOnlyList<RegionView> Items, IReadOnlyList<string> RuleSets, IReadOnlyDictionary<string, string> Layouts);

    public sealed record RegionRequest(string? RuleSet, string? Layout);

    public sealed record RuleStatisticsView(string RuleId, string Title, int Findings, int Sheets, int Verified, int NotApplicable);

    internal static async Task<Ok<RegionList>> ListRegions(JixiaoDbContext db, CurrentUser user, RuleSetChoice ruleSets, CancellationToken ct)
    {
        var actor = (await user.ActorAsync())!;
        var scope = await user.ScopeAsync(ct);
        var items = (await RegionSettings.ListAsync(db, ct)).Select(r => View(r, ruleSets, RegionSettings.MayChange(actor, scope, r.Id))).ToList();
        return TypedResults.Ok(new RegionList(items, ruleSets.Names, Layouts()));
    }

    internal static async Task<Results<Ok<RegionView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> SetRegion(
        JixiaoDbContext db, CurrentUser user, RuleSetChoice ruleSets, string code, RegionRequest request, CancellationToken ct)
    {
        var result = await RegionSettings.SetAsync(db, (await user.ActorAsync())!, await user.ScopeAsync(ct), code, request.RuleSet, request.Layout, ruleSets.Names, ct);
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

        return TypedResults.Ok(View(result.Value!, ruleSets, true));
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

    private static RegionView View(RegionSetting r, RuleSetChoice ruleSets, bool mayChange) =>
        new(r.Code, r.Name, r.RuleSet, ruleSets.Resolve(r.RuleSet), r.FormLayout, LayoutName(r.FormLayout), mayChange);
}
