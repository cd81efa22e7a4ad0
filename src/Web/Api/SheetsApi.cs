using System.Globalization;
using System.Text.Json;
using Jixiao.Core.Export;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Reporting;
using Jixiao.Core.Targets;
using Jixiao.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

/// <summary>/api/sheets: the list with search and filters, one sheet in the import contract (with its version and ETag), its review.</summary>
public static class SheetsApi
{
    public const int PageSize = 20;

    public static IEndpointRouteBuilder MapSheetsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sheets").WithTags("目标表");
        group.MapGet("/", ListSheets).WithName(nameof(ListSheets)).WithSummary("目标表列表：全文检索、筛选、排序、分页")
            .WithDescription("查询参数同 /sheets 页面：q（检索词，至多 100 字）、year、kind（department|project）、region、department、severity（error|warning|info）、sort（id|fiscalYear|department|projectName|budgetWan|savedAt）、desc（true|false）、page；其他参数一律拒绝（400）");
        group.MapGet("/{id:long}", GetSheet).WithName(nameof(GetSheet)).WithSummary("一张目标表（导入契约的字段）");
        group.MapGet("/export", SheetExport.ExportSheets).WithName("ExportSheets").WithSummary("下载目标表列表（CSV 或 Excel），筛选同列表");
        group.MapGet("/{id:long}/review", GetReview).WithName(nameof(GetReview)).WithSummary("目标表的审核意见（审核契约）；按本地区的审核规则集，rules 可另选");
        return app;
    }

    public sealed record SheetListItem(long Id, string Kind, string? Department, string? Project, int? Year, decimal? BudgetWan, int Errors, int Warnings);

    public sealed record SheetList(IReadOnlyList<SheetListItem> Items, int Total);

    /// <summary>The page's filters (<see cref="SheetFilters.Names"/>) and page; an unknown parameter is refused, not ignored.</summary>
    internal static async Task<Results<Ok<SheetList>, ValidationProblem>> ListSheets(
        JixiaoDbContext db, SheetListCache cache, Auth.CurrentUser user, HttpRequest request, CancellationToken ct)
    {
        var filters = SheetFilters.Read(request.Query, out var query, "page");
        query = query with { Scope = await user.ScopeAsync(ct) };
        var page = 1;
        if (request.Query.TryGetValue("page", out var pageText) && !string.IsNullOrWhiteSpace(pageText)
            && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            filters.Add("page", SheetFilters.InvalidCode, "页码应为正整数");
        }

        if (filters.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(filters.Errors, title: "查询参数有误", extensions: filters.Extensions());
        }

        var found = await SheetSearch.QueryAsync(db, query with { Page = page, PageSize = PageSize }, cache, ct);
        if (found.Error is { } error)
        {
            filters.Add("page", SheetFilters.InvalidCode, error.MessageZh);
            return TypedResults.ValidationProblem(filters.Errors, title: "查询参数有误", extensions: filters.Extensions());
        }

        var items = found.Value!.Items
            .Select(i => new SheetListItem(i.Id, KindCode(i.Kind), i.Department, i.ProjectName, i.FiscalYear, i.BudgetWan, i.Findings.Errors, i.Findings.Warnings))
            .ToList();
        return TypedResults.Ok(new SheetList(items, found.Value.Total));
    }

    internal static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>>> GetSheet(JixiaoDbContext db, Auth.CurrentUser user, long id, HttpResponse response, CancellationToken ct)
    {
        if (!await (await user.ScopeAsync(ct)).AllowsAsync(db, id, ct))
        {
            return NotFound(id);
        }

        var read = await SheetSnapshots.ReadAsync(db, id, ct);
        if (read.Value is not { } sheet)
        {
            return NotFound(id);
        }

        response.Headers.ETag = SheetEditApi.ETag(sheet.Version);
        return TypedResults.Text(sheet.Json, "application/json; charset=utf-8");
    }

    internal static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>>> GetReview(JixiaoDbContext db, Auth.CurrentUser user, Sheets.RuleSetChoice ruleSets, long id, string? rules, CancellationToken ct)
    {
        var loaded = await SheetStore.LoadAsync(db, await user.ScopeAsync(ct), id, ct);
        if (loaded.Value is not { } stored)
        {
            return NotFound(id);
        }

        var source = await db.Documents.Where(d => d.Id == stored.DocumentId).Select(d => d.FileName).SingleAsync(ct);
        // The region's rule set, or the one named by ?rules=.
        var engine = rules is null ? (await ruleSets.ForSheetAsync(db, id, ct)).Engine : ruleSets.Engine(rules);
        var findings = await SheetReviews.ReviewAsync(db, engine, stored, ct);

        // The findings about its document as a whole, as stored when the document was saved.
        var ofDocument = (await FindingStore.ListForDocumentAsync(db, stored.DocumentId, ct)).Select(FindingStore.ToFinding).ToList();
        var review = new DocumentReview(new ImportedDocument(source, [stored.Sheet], []), [new SheetReview(stored.Sheet, findings)], ofDocument);
        return TypedResults.Text(ReviewJson.ToJson([review]), "application/json; charset=utf-8");
    }

    internal static NotFound<ProblemDetails> NotFound(long id) => TypedResults.NotFound(new ProblemDetails
    {
        Title = "找不到绩效目标表",
        Detail = string.Create(CultureInfo.InvariantCulture, $"编号为 {id} 的绩效目标表不存在"),
        Status = StatusCodes.Status404NotFound,
        Type = "https://jixiao.example/problems/sheet-not-found",
    });

    internal static string KindCode(SheetKind kind) => kind == SheetKind.Department ? "department" : "project";
}
