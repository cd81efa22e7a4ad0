using System.Globalization;
using Jixiao.Core.Targets;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Components.Pages;

/// <summary>The figures of the home page, each one query over the stored sheets and findings.</summary>
public static class Overview
{
    public sealed record Row(string? Key, string Label, int Sheets, decimal BudgetWan);

    public sealed record WorstSheet(long Id, string Name, int Errors, int Warnings);

    public sealed record Figures(
        int Sheets, int Projects, int Indicators, decimal BudgetWan, int Errors, int Warnings,
        IReadOnlyList<Row> ByYear, IReadOnlyList<Row> ByRegion, IReadOnlyList<Row> ByDepartment, IReadOnlyList<WorstSheet> Worst);

    public static async Task<Figures> LoadAsync(JixiaoDbContext db, CancellationToken ct = default)
    {
        var sheets = db.Sheets.AsNoTracking();
        var byYear = await sheets.GroupBy(s => s.FiscalYear)
            .Select(g => new { g.Key, Count = g.Count(), Budget = g.Sum(s => s.BudgetWan ?? 0m) }).ToListAsync(ct);
        var byRegion = await sheets.GroupBy(s => new { Code = s.Region != null ? s.Region.Code : null, Name = s.Region != null ? s.Region.Name : null })
            .Select(g => new { g.Key.Code, g.Key.Name, Count = g.Count(), Budget = g.Sum(s => s.BudgetWan ?? 0m) }).ToListAsync(ct);
        var byDepartment = await sheets.GroupBy(s => s.Department)
            .Select(g => new { g.Key, Count = g.Count(), Budget = g.Sum(s => s.BudgetWan ?? 0m) }).ToListAsync(ct);
        // From the counts kept on each sheet: the findings of documents still being saved are not counted.
        var worst = await sheets.Where(s => s.ErrorCount > 0 || s.WarningCount > 0 || s.InfoCount > 0)
            .OrderByDescending(s => s.ErrorCount).ThenByDescending(s => s.WarningCount).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Kind, s.ProjectName, s.Department, Errors = s.ErrorCount, Warnings = s.WarningCount })
            .Take(10).ToListAsync(ct);

        return new Figures(
            await sheets.CountAsync(ct),
            await sheets.CountAsync(s => s.Kind == SheetKind.Project, ct),
            await sheets.SumAsync(s => s.IndicatorCount, ct),
            byYear.Sum(r => r.Budget),
            await sheets.SumAsync(s => s.ErrorCount, ct),
            await sheets.SumAsync(s => s.WarningCount, ct),
            [.. byYear.OrderByDescending(r => r.Key).Select(r => new Row(r.Key?.ToString(CultureInfo.InvariantCulture), r.Key is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年" : "未注明", r.Count, r.Budget))],
            [.. byRegion.OrderByDescending(r => r.Count).Select(r => new Row(r.Code, r.Name ?? "未注明", r.Count, r.Budget))],
            [.. byDepartment.OrderByDescending(r => r.Count).Take(10).Select(r => new Row(r.Key, r.Key ?? "未注明", r.Count, r.Budget))],
            [.. worst.Select(w => new WorstSheet(w.Id, NameOf(w.Kind, w.ProjectName, w.Department), w.Errors, w.Warnings))]);
    }

    private static string NameOf(SheetKind kind, string? project, string? department) =>
        kind == SheetKind.Project ? project ?? "（未命名项目）" : (department ?? "（未注明部门）") + " 部门整体";
}
