using System.Runtime.CompilerServices;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Targets;
using Jixiao.Core.Workflow;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>A region and year's forms, as asked for: 财政区划 code, 年度, format and, optionally, one layout for all.</summary>
public sealed record RegionExportRequest(string RegionCode, int Year, string Format, FormFamily? Layout = null);

/// <summary>A region and year someone may export, with how many of its sheets they see.</summary>
public sealed record RegionYearChoice(string Code, string Name, int Year, int Sheets);

/// <summary>
/// Every sheet of a region and year within a person's <see cref="SheetScope"/>, written as official forms into
/// one zip (<see cref="FormArchive"/>, docs/decisions/018-region-export.md). Only the ids are read at once;
/// the sheets are loaded <see cref="PageSize"/> at a time and written before the next page, so memory does
/// not grow with the region. The web's background exports and `jixiao export --region` both run this.
/// </summary>
public static class RegionFormExport
{
    public const int PageSize = 50;

    /// <summary>
    /// The one place the layout of a sheet in a region's export is decided: the layout asked for, else the
    /// region's default layout (from the settings, once they have one), else the one the sheet was imported from.
    /// </summary>
    public static FormFamily LayoutOf(TargetSheet sheet, FormFamily? requested, FormFamily? regionDefault = null) =>
        requested ?? regionDefault ?? FormFamilies.Infer(sheet);

    /// <summary>How the README and the status name the layout of an export.</summary>
    public static string DescribeLayout(FormFamily? requested) =>
        requested is { } family ? FormFamilies.Describe(family) : "按各表导入时的版式";

    /// <summary>The sheets of the region and year that <paramref name="scope"/> reaches; 0 when the region is unknown.</summary>
    public static async Task<int> CountAsync(JixiaoDbContext db, SheetScope scope, string regionCode, int year, CancellationToken ct = default) =>
        await db.Regions.AsNoTracking().Where(r => r.Code == regionCode).Select(r => (long?)r.Id).SingleOrDefaultAsync(ct) is { } regionId
            ? await Sheets(db, scope, regionId, year).CountAsync(ct)
            : 0;

    /// <summary>The regions and years with sheets in <paramref name="scope"/>, newest year first, for a person to choose from.</summary>
    public static async Task<IReadOnlyList<RegionYearChoice>> ChoicesAsync(JixiaoDbContext db, SheetScope scope, CancellationToken ct = default)
    {
        var rows = await scope.Apply(db.Sheets.AsNoTracking()).Where(s => s.Region != null && s.FiscalYear != null)
            .GroupBy(s => new { s.Region!.Code, s.Region.Name, s.FiscalYear })
            .Select(g => new { g.Key.Code, g.Key.Name, g.Key.FiscalYear, Count = g.Count() })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.FiscalYear).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new RegionYearChoice(r.Code, r.Name, r.FiscalYear!.Value, r.Count))];
    }

    /// <summary>
    /// Writes the zip to <paramref name="output"/> and returns how many sheets it holds. <paramref name="progress"/>
    /// hears (done, total) after each sheet written; cancellation is checked between sheets.
    /// </summary>
    public static async Task<int> WriteAsync(
        JixiaoDbContext db, SheetScope scope, RegionExportRequest request, Stream output, string exportedBy,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var region = await db.Regions.AsNoTracking().Where(r => r.Code == request.RegionCode)
            .Select(r => new { r.Name, r.FormLayout }).SingleOrDefaultAsync(ct);
        var regionLayout = region?.FormLayout is { } named && FormFamilies.Names.TryGetValue(named, out var family) ? family : (FormFamily?)null;
        var ids = await IdsAsync(db, scope, request.RegionCode, request.Year, ct);
        var total = ids.Count;
        progress?.Report((0, total));
        using var archive = new FormArchive(output, request.Format);
        await foreach (var sheet in SheetsAsync(db, scope, ids, request.Layout, ct, regionLayout))
        {
            if (sheet is null)
            {
                total--; // deleted, or moved out of the scope, since the ids were read
                continue;
            }

            archive.Add(sheet);
            progress?.Report((archive.Count, total));
        }

        archive.Complete(new ArchiveDescription(request.RegionCode, region?.Name ?? request.RegionCode, request.Year, archive.Format,
            DescribeLayout(request.Layout ?? regionLayout), db.Clock.GetUtcNow(), exportedBy));
        progress?.Report((archive.Count, total));
        return archive.Count;
    }

    /// <summary>The ids of the region and year's sheets in <paramref name="scope"/>, in the zip's order: department, unit, kind, project.</summary>
    public static async Task<List<long>> IdsAsync(JixiaoDbContext db, SheetScope scope, string regionCode, int year, CancellationToken ct = default) =>
        await db.Regions.AsNoTracking().Where(r => r.Code == regionCode).Select(r => (long?)r.Id).SingleOrDefaultAsync(ct) is { } regionId
            ? await Sheets(db, scope, regionId, year)
                .OrderBy(s => s.SupervisingDepartment ?? s.Department).ThenBy(s => s.Unit ?? s.Department).ThenBy(s => s.Kind).ThenBy(s => s.ProjectName).ThenBy(s => s.Id)
                .Select(s => s.Id).ToListAsync(ct)
            : [];

    /// <summary>
    /// The sheets of <paramref name="ids"/>, loaded <see cref="PageSize"/> at a time (nothing of a page is kept
    /// once the next is read), each with its layout and status; null for one that is gone or out of the scope.
    /// </summary>
    public static async IAsyncEnumerable<ArchiveSheet?> SheetsAsync(
        JixiaoDbContext db, SheetScope scope, IReadOnlyList<long> ids, FormFamily? layout, [EnumeratorCancellation] CancellationToken ct = default,
        FormFamily? regionLayout = null)
    {
        foreach (var page in ids.Chunk(PageSize))
        {
            var entities = await scope.Apply(db.Sheets.AsNoTracking()).Where(s => page.Contains(s.Id)).WithParts().ToDictionaryAsync(s => s.Id, ct);
            foreach (var id in page)
            {
                ct.ThrowIfCancellationRequested();
                if (!entities.TryGetValue(id, out var entity))
                {
                    yield return null;
                    continue;
                }

                var sheet = SheetMapper.ToSheet(entity);
                yield return new ArchiveSheet(id, sheet, LayoutOf(sheet, layout, regionLayout), WorkflowNames.Of(entity.Status));
            }
        }
    }

    private static IQueryable<SheetEntity> Sheets(JixiaoDbContext db, SheetScope scope, long regionId, int year) =>
        scope.Apply(db.Sheets.AsNoTracking()).Where(s => s.RegionId == regionId && s.FiscalYear == year);
}
