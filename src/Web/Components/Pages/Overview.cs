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

    /// <summary>The figures of the sheets within <paramref name="scope"/> (what the person may see).</summary>
    public static async Task<Figures> LoadAsync(JixiaoDbContext db, SheetScope scope, CancellationToken ct = default)
    {
        var sheets = scope.Apply(db.Sheets.AsNoTracking());
        var byYear = await sheets.GroupBy(s => s.FiscalYear)
            .Select(g => new { g.Key, Count = g.Count(), Budget = g.Sum(s => s.BudgetWan ?? 0m) }).ToListAsync(ct);
        var byRegion = await sheets.GroupBy(s => new { Code = s.Region != null ? s.Region.Code : null, Name = s.Region != null ? s.Region.Name : null })
            .Select(g => new { g.Key.Code, g.Key.Name, Count = g.Count(), Budget = g.Sum(s => s.BudgetWan ?? 0m) }).ToListAsync(ct);
        var byDepartment = await sheets.GroupBy(s => s.Department)
            .Select(g => new { g.Key, Count = g.Count(), Budget = g.Sum(s => s.BudgetWan ?? 0m) }).ToListAsync(ct);
        var totals = await sheets.GroupBy(s => 1)
            .Select(g => new { Count = g.Count(), Projects = g.Count(s => s.Kind == SheetKind.Project), Indicators = g.Sum(s => s.IndicatorCount), Errors = g.Sum(s => s.ErrorCount), Warnings = g.Sum(s => s.WarningCount) })
            .SingleOrDefaultAsync(ct);
        var worst = await sheets.Where(s => s.ErrorCount > 0 || s.WarningCount > 0)
            .OrderByDescending(s => s.ErrorCount).ThenByDescending(s => s.WarningCount).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Kind, s.ProjectName, s.Department, s.ErrorCount, s.WarningCount })
            .Take(10).ToListAsync(ct);

        return new Figures(
            totals?.Count ?? 0,
            totals?.Projects ?? 0,
            totals?.Indicators ?? 0,
            byYear.Sum(r => r.Budget),
            totals?.Errors ?? 0,
            totals?.Warnings ?? 0,
            [.. byYear.OrderByDescending(r => r.Key).Select(r => new Row(r.Key?.ToString(CultureInfo.InvariantCulture), r.Key is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年" : "未注明", r.Count, r.Budget))],
            [.. byRegion.OrderByDescending(r => r.Count).Select(r => new Row(r.Code, r.Name ?? "未注明", r.Count, r.Budget))],
            [.. byDepartment.OrderByDescending(r => r.Count).Take(10).Select(r => new Row(r.Key, r.Key ?? "未注明", r.Count, r.Budget))],
            [.. worst.Select(w => new WorstSheet(w.Id, NameOf(w.Kind, w.ProjectName, w.Department), w.ErrorCount, w.WarningCount))]);
    }

    private static string NameOf(SheetKind kind, string? project, string? department) =>
        kind == SheetKind.Project ? project ?? "（未命名项目）" : (department ?? "（未注明部门）") + " 部门整体";
}
