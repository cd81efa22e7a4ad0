using Jixiao.Core.Targets;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>What the public portal lists: published sheets only, by region, year, department and text.</summary>
public sealed record PortalQuery(string? RegionCode = null, int? FiscalYear = null, string? Department = null, string? Text = null)
{
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

public sealed record PublishedSheet(long Id, SheetKind Kind, int? FiscalYear, string? RegionCode, string? RegionName, string? Department, string? ProjectName, string? ProjectCode, decimal? BudgetWan, int Indicators, DateTimeOffset? PublishedAt);

/// <summary>
/// The public portal's reads: only sheets with a published version, shown as that version (an adjustment
/// under way changes nothing here until it is approved and published). Anonymous: no scope applies.
/// </summary>
public static class PortalQueries
{
    public const int MaxPageSize = 200;

    public static async Task<(IReadOnlyList<PublishedSheet> Items, int Total)> ListAsync(JixiaoDbContext db, PortalQuery query, CancellationToken ct = default)
    {
        var sheets = Filter(db, query);
        var total = await sheets.CountAsync(ct);
        var items = await sheets.OrderBy(s => s.Region!.Code).ThenByDescending(s => s.FiscalYear).ThenBy(s => s.Department).ThenBy(s => s.Id)
            .Skip((Math.Max(1, query.Page) - 1) * Math.Clamp(query.PageSize, 1, MaxPageSize)).Take(Math.Clamp(query.PageSize, 1, MaxPageSize))
            .Select(s => new PublishedSheet(s.Id, s.Kind, s.FiscalYear, s.Region != null ? s.Region.Code : null, s.Region != null ? s.Region.Name : null,
                s.Department, s.ProjectName, s.ProjectCode, s.BudgetWan, s.IndicatorCount, s.StatusChangedAt))
            .ToListAsync(ct);
        return (items, total);
    }

    /// <summary>The published version of a sheet, or null when the sheet is not published.</summary>
    public static async Task<TargetSheet?> SheetAsync(JixiaoDbContext db, long id, CancellationToken ct = default)
    {
        var json = await db.Sheets.AsNoTracking().Where(s => s.Id == id && s.PublishedVersionId != null)
            .Join(db.SheetVersions, s => s.PublishedVersionId, v => v.Id, (s, v) => v.Json).SingleOrDefaultAsync(ct);
        return json is null ? null : SheetVersionJson.Read(json);
    }

    /// <summary>Every published sheet of a region and year, as published, in order: the open-data package.</summary>
    public static async Task<IReadOnlyList<(PublishedSheet Meta, TargetSheet Sheet)>> AllAsync(JixiaoDbContext db, string regionCode, int year, CancellationToken ct = default)
    {
        var (items, _) = await ListAsync(db, new PortalQuery(regionCode, year) { PageSize = MaxPageSize }, ct);
        var all = new List<PublishedSheet>(items);
        for (var page = 2; all.Count == (page - 1) * MaxPageSize; page++)
        {
            all.AddRange((await ListAsync(db, new PortalQuery(regionCode, year) { Page = page, PageSize = MaxPageSize }, ct)).Items);
        }

        var ids = all.Select(s => s.Id).ToList();
        var versions = await db.Sheets.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Join(db.SheetVersions, s => s.PublishedVersionId, v => v.Id, (s, v) => new { s.Id, v.Json }).ToDictionaryAsync(x => x.Id, x => x.Json, ct);
        return [.. all.Where(s => versions.ContainsKey(s.Id)).Select(s => (s, SheetVersionJson.Read(versions[s.Id])))];
    }

    /// <summary>The regions and years that have published sheets, for the portal's choices.</summary>
    public static async Task<IReadOnlyList<(string Code, string Name, int? Year, int Count)>> FacetsAsync(JixiaoDbContext db, CancellationToken ct = default)
    {
        var rows = await db.Sheets.AsNoTracking().Where(s => s.PublishedVersionId != null && s.Region != null)
            .GroupBy(s => new { s.Region!.Code, s.Region.Name, s.FiscalYear })
            .Select(g => new { g.Key.Code, g.Key.Name, g.Key.FiscalYear, Count = g.Count() }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenByDescending(r => r.FiscalYear).Select(r => (r.Code, r.Name, r.FiscalYear, r.Count))];
    }

    private static IQueryable<Entities.SheetEntity> Filter(JixiaoDbContext db, PortalQuery query)
    {
        var sheets = db.Sheets.AsNoTracking().Where(s => s.PublishedVersionId != null);
        if (!string.IsNullOrWhiteSpace(query.RegionCode))
        {
            sheets = sheets.Where(s => s.Region != null && s.Region.Code == query.RegionCode);
        }

        if (query.FiscalYear is { } year)
        {
            sheets = sheets.Where(s => s.FiscalYear == year);
        }

        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            sheets = sheets.Where(s => s.Department == query.Department || s.SupervisingDepartment == query.Department);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            sheets = sheets.Where(s => s.SearchText.Contains(text));
        }

        return sheets;
    }
}
