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
        group.MapGet("/", ListSheets).WithName(nameof(ListSheets)).WithSummary("目标表列表：全文检索、筛选、分页");
        group.MapGet("/{id:long}", GetSheet).WithName(nameof(GetSheet)).WithSummary("一张目标表（导入契约的字段）");
        group.MapGet("/export", SheetExport.ExportSheets).WithName("ExportSheets").WithSummary("下载目标表列表（CSV 或 Excel），筛选同列表");
        group.MapGet("/{id:long}/review", GetReview).WithName(nameof(GetReview)).WithSummary("目标表的审核意见（审核契约）");
        return app;
    }

    public sealed record SheetListItem(long Id, string Kind, string? Department, string? Project, int? Year, decimal? BudgetWan, int Errors, int Warnings);

    public sealed record SheetList(IReadOnlyList<SheetListItem> Items, int Total);

    internal static async Task<Results<Ok<SheetList>, ValidationProblem>> ListSheets(
        JixiaoDbContext db, SheetListCache cache, string? q, string? year, string? kind, string? department, string? page, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var query = Filters(q, year, kind, department, errors) with
        {
            Page = ParseInt(page, "page", "页码应为正整数", errors) ?? 1,
            PageSize = PageSize,
        };
        if (query.Page < 1)
        {
            errors["page"] = ["页码应为正整数"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "查询参数有误");
        }

        var found = await SheetSearch.QueryAsync(db, query, cache, ct);
        if (found.Error is { } error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = [error.MessageZh] }, title: "查询参数有误");
        }

        var items = found.Value!.Items
            .Select(i => new SheetListItem(i.Id, KindCode(i.Kind), i.Department, i.ProjectName, i.FiscalYear, i.BudgetWan, i.Findings.Errors, i.Findings.Warnings))
            .ToList();
        return TypedResults.Ok(new SheetList(items, found.Value.Total));
    }

    internal static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>>> GetSheet(JixiaoDbContext db, long id, HttpResponse response, CancellationToken ct)
    {
        var read = await SheetSnapshots.ReadAsync(db, id, ct);
        if (read.Value is not { } sheet)
        {
            return NotFound(id);
        }

        response.Headers.ETag = SheetEditApi.ETag(sheet.Version);
        return TypedResults.Text(sheet.Json, "application/json; charset=utf-8");
    }

    internal static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>>> GetReview(JixiaoDbContext db, long id, CancellationToken ct)
    {
        var loaded = await SheetStore.LoadAsync(db, id, ct);
        if (loaded.Value is not { } stored)
        {
            return NotFound(id);
        }

        var source = await db.Documents.Where(d => d.Id == stored.DocumentId).Select(d => d.FileName).SingleAsync(ct);
        var findings = RuleEngine.Default.Review(stored.Sheet);

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

    /// <summary>The filters the list and its download share, read from the query string; problems go to <paramref name="errors"/>.</summary>
    internal static SheetQuery Filters(string? q, string? year, string? kind, string? department, Dictionary<string, string[]> errors) => new()
    {
        Text = q,
        FiscalYear = ParseInt(year, "year", "年度应为四位数字年份", errors),
        Kind = ParseKind(kind, errors),
        Department = department,
    };

    private static int? ParseInt(string? text, string field, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = [message];
        return null;
    }

    private static SheetKind? ParseKind(string? kind, Dictionary<string, string[]> errors)
    {
        switch (kind)
        {
            case null or "":
                return null;
            case "department":
                return SheetKind.Department;
            case "project":
                return SheetKind.Project;
            default:
                errors["kind"] = ["kind 应为 department（部门整体）或 project（项目）"];
                return null;
        }
    }
}
