using System.Globalization;
using Jixiao.Core.Export;
using Jixiao.Core.Targets;
using Jixiao.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// GET /api/sheets/export?format=csv|xlsx and the list's filters: every sheet the list would show,
/// in its order, as a file for Excel, WPS or LibreOffice. The Excel file has a second worksheet with every
/// indicator row of those sheets; <c>rows=indicators</c> gives those rows as the CSV instead.
/// </summary>
public static class SheetExport
{
    /// <summary>The most rows one download holds; a larger list is cut there and says so in its name.</summary>
    public const int MaxRows = 100_000;

    private static readonly ExportColumn[] Columns =
    [
        new("编号", ExportColumnKind.Integer, 8), new("类型", Width: 10), new("年度", ExportColumnKind.Integer, 8),
        new("财政区划", Width: 10), new("部门(单位)", Width: 30), new("项目名称", Width: 40), new("项目编码", Width: 24),
        new("预算(万元)", ExportColumnKind.Amount, 14), new("指标数", ExportColumnKind.Integer, 8),
        new("错误", ExportColumnKind.Integer, 8), new("警告", ExportColumnKind.Integer, 8), new("提示", ExportColumnKind.Integer, 8),
    ];

    internal static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportSheets(
        JixiaoDbContext db, SheetListCache cache, Auth.CurrentUser user, TimeProvider clock, HttpRequest request, CancellationToken ct)
    {
        var filters = SheetFilters.Read(request.Query, out var read, "format", "rows");
        read = read with { Scope = await user.ScopeAsync(ct) };
        var format = request.Query["format"].ToString();
        var csv = format is "" or "csv";
        if (!csv && format != "xlsx")
        {
            filters.Add("format", SheetFilters.InvalidCode, "format 应为 csv 或 xlsx");
        }

        var indicatorRows = request.Query["rows"].ToString();
        if (indicatorRows is not ("" or "sheets" or "indicators"))
        {
            filters.Add("rows", SheetFilters.InvalidCode, "rows 应为 sheets 或 indicators");
        }

        if (filters.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(filters.Errors, title: "下载参数有误", extensions: filters.Extensions());
        }

        var query = read with { PageSize = SheetQuery.MaxPageSize };
        var rows = new List<IReadOnlyList<object?>>();
        var total = 0;
        for (var page = 1; rows.Count < MaxRows; page++)
        {
            var found = (await SheetSearch.QueryAsync(db, query with { Page = page }, cache, ct)).Value!;
            total = found.Total;
            rows.AddRange(found.Items.Select(Row));
            if (found.Items.Count < found.PageSize)
            {
                break;
            }
        }

        if (rows.Count > MaxRows)
        {
            rows.RemoveRange(MaxRows, rows.Count - MaxRows);
        }

        var stamp = clock.GetLocalNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var name = total > rows.Count ? $"目标表-{stamp}-前{rows.Count}条" : $"目标表-{stamp}";
        var table = new ExportTable("目标表", Columns, rows);
        using var buffer = new MemoryStream();
        if (csv && indicatorRows != "indicators")
        {
            TableExport.WriteCsv(buffer, table);
            return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", name + ".csv");
        }

        var indicators = new ExportTable("指标", SheetExportIndicators.Columns, await SheetExportIndicators.RowsAsync(db, [.. rows.Cast<object?[]>()], MaxRows * 20, ct));
        if (csv)
        {
            TableExport.WriteCsv(buffer, indicators);
            return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", name + "-指标.csv");
        }

        TableExport.WriteXlsx(buffer, [table, indicators]);
        return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    private static object?[] Row(SheetSummary s) =>
    [
        s.Id, s.Kind == SheetKind.Department ? "部门整体" : "项目", s.FiscalYear, s.RegionCode, s.Department, s.ProjectName, s.ProjectCode,
        s.BudgetWan, s.Indicators, s.Findings.Errors, s.Findings.Warnings, s.Findings.Infos,
    ];
}
