using System.Globalization;
using System.Text;
using Jixiao.Core.Export;
using Jixiao.Core.Targets;
using Jixiao.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Api;

/// <summary>
/// /api/public: the disclosure portal's data, without sign-in — published sheets only, each as published;
/// every list and sheet also as CSV and XLSX, and an open-data zip per region and year.
/// </summary>
public static class PortalApi
{
    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public").WithTags("公开").AllowAnonymous();
        group.MapGet("/sheets", ListPublished).WithName(nameof(ListPublished)).WithSummary("已公开的目标表：region、year、department、q、page；format=json|csv|xlsx");
        group.MapGet("/sheets/{id:long}", GetPublished).WithName(nameof(GetPublished)).WithSummary("一张已公开的目标表（公开的版本）；format=json|csv|xlsx");
        group.MapGet("/open-data/{region}/{year:int}", OpenDataZip).WithName(nameof(OpenDataZip)).WithSummary("某区划某年度的公开数据包（zip：sheets.json 与 indicators.csv）");
        return app;
    }

    public sealed record PublishedItem(long Id, string Kind, int? Year, string? RegionCode, string? Region, string? Department, string? Project, string? ProjectCode, decimal? BudgetWan, int Indicators);

    public sealed record PublishedList(IReadOnlyList<PublishedItem> Items, int Total, int Page);

    private static readonly ExportColumn[] ListColumns =
    [
        new("编号", ExportColumnKind.Integer, 8), new("类型", Width: 10), new("年度", ExportColumnKind.Integer, 8), new("财政区划", Width: 10),
        new("区划名称", Width: 24), new("部门(单位)", Width: 30), new("项目名称", Width: 40), new("项目编码", Width: 24),
        new("预算(万元)", ExportColumnKind.Amount, 14), new("指标数", ExportColumnKind.Integer, 8),
    ];

    private static readonly ExportColumn[] IndicatorColumns =
    [
        new("一级指标", Width: 14), new("二级指标", Width: 14), new("三级指标", Width: 40), new("指标值", Width: 20), new("指标解释", Width: 40), new("权重", ExportColumnKind.Amount, 8),
    ];

    internal static async Task<Results<Ok<PublishedList>, FileContentHttpResult, ValidationProblem>> ListPublished(
        JixiaoDbContext db, string? region, int? year, string? department, string? q, int? page, string? format, CancellationToken ct)
    {
        if (Check(format, q, page) is { } invalid)
        {
            return invalid;
        }

        var query = new PortalQuery(Blank(region), year, Blank(department), Blank(q)) { Page = page ?? 1, PageSize = format is "csv" or "xlsx" ? PortalQueries.MaxPageSize : 20 };
        var (items, total) = await PortalQueries.ListAsync(db, query, ct);
        var list = items.Select(s => new PublishedItem(s.Id, SheetsApi.KindCode(s.Kind), s.FiscalYear, s.RegionCode, s.RegionName, s.Department, s.ProjectName, s.ProjectCode, s.BudgetWan, s.Indicators)).ToList();
        if (format is "csv" or "xlsx")
        {
            var rows = list.Select(s => (IReadOnlyList<object?>)[s.Id, s.Kind == "department" ? "部门整体" : "项目", s.Year, s.RegionCode, s.Region, s.Department, s.Project, s.ProjectCode, s.BudgetWan, s.Indicators]).ToList();
            return File(new ExportTable("已公开的绩效目标", ListColumns, rows), format, "绩效目标公开");
        }

        return TypedResults.Ok(new PublishedList(list, total, query.Page));
    }

    internal static async Task<Results<ContentHttpResult, FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem>> GetPublished(
        JixiaoDbContext db, long id, string? format, CancellationToken ct)
    {
        if (Check(format, null, null) is { } invalid)
        {
            return invalid;
        }

        if (await PortalQueries.SheetAsync(db, id, ct) is not { } sheet)
        {
            return TypedResults.NotFound(new ProblemDetails { Title = "找不到已公开的目标表", Detail = $"编号为 {id} 的目标表不存在或尚未公开", Status = StatusCodes.Status404NotFound });
        }

        if (format is "csv" or "xlsx")
        {
            var rows = sheet.Indicators.Select(i => (IReadOnlyList<object?>)[i.Level1, i.Level2, i.Name, i.Value.Raw, i.Description, i.Weight]).ToList();
            return File(new ExportTable("绩效指标", IndicatorColumns, rows), format, Components.Sheets.SheetNames.Of(sheet));
        }

        return TypedResults.Text(ImportJson.SheetToJson(sheet, id), "application/json; charset=utf-8");
    }

    internal static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem>> OpenDataZip(JixiaoDbContext db, string region, int year, CancellationToken ct)
    {
        if (region.Length != 6 || !region.All(char.IsAsciiDigit) || year is < 1990 or > 2100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["region"] = ["财政区划应为 6 位数字，年度为 1990 至 2100"] }, title: "参数有误");
        }

        var sheets = await PortalQueries.AllAsync(db, region, year, ct);
        if (sheets.Count == 0)
        {
            return TypedResults.NotFound(new ProblemDetails { Title = "没有公开数据", Detail = $"财政区划 {region} 的 {year} 年度尚无已公开的目标表", Status = StatusCodes.Status404NotFound });
        }

        using var buffer = new MemoryStream();
        OpenData.WriteZip(buffer, [.. sheets.Select(s => new OpenDataSheet(s.Meta.Id, s.Meta.RegionCode, s.Meta.FiscalYear, s.Sheet))]);
        return TypedResults.File(buffer.ToArray(), "application/zip", string.Create(CultureInfo.InvariantCulture, $"绩效目标公开数据-{region}-{year}.zip"));
    }

    private static ValidationProblem? Check(string? format, string? q, int? page) =>
        format is not (null or "json" or "csv" or "xlsx") ? Invalid("format", "格式应为 json、csv 或 xlsx")
        : q is { Length: > 100 } || (q?.Any(char.IsControl) ?? false) ? Invalid("q", "检索词至多 100 字，且不含控制字符")
        : page is < 1 or > 100_000 ? Invalid("page", "页码应为正整数")
        : null;

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "查询参数有误", extensions: new Dictionary<string, object?> { ["code"] = "REQUEST-INVALID" });

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static FileContentHttpResult File(ExportTable table, string format, string name)
    {
        using var buffer = new MemoryStream();
        if (format == "csv")
        {
            TableExport.WriteCsv(buffer, table);
            return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", name + ".csv");
        }

        TableExport.WriteXlsx(buffer, table);
        return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }
}
