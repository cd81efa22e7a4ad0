using Jixiao.Core.Review;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>What a run of <see cref="RegionReviews.ReviewAsync"/> did: sheets reviewed again, and sheets of the region still to do.</summary>
public sealed record RegionReviewProgress(int Reviewed, int Pending);

/// <summary>
/// Keeps a region's stored findings those of its rule set (docs/decisions/020). Each sheet stores the name of
/// the set its findings were made with (<see cref="SheetEntity.FindingsRuleSet"/>); a sheet of the region whose
/// findings are another set's is <em>pending</em>. A run reviews the pending sheets again, document by document:
/// the document reviewed whole, as on import (each sheet in its place, docs/decisions/022), once, before any write
/// turn is taken. It writes them in chunks of
/// <see cref="SheetsPerChunk"/> sheets, each chunk one short transaction in a write turn: a sheet's findings,
/// counts and rule set are replaced together or not at all, and a run that stops leaves every sheet either as
/// it was (still pending) or done. A sheet edited since it was read is left to its edit's own review.
/// </summary>
public static class RegionReviews
{
    /// <summary>Sheets written per transaction: a few hundred milliseconds, what another writer waits at most.</summary>
    public const int SheetsPerChunk = 50;

    /// <summary>
    /// The sheets of the region (null: the sheets stored without one, reviewed with the default) whose stored findings are
    /// not those of the rule set stamped <paramref name="ruleSet"/> (<see cref="RuleSet.Stamp"/>). Findings stored before
    /// 0009 (no stamp) or with a bare set name were made by an earlier release's rules: pending whatever the set.
    /// </summary>
    public static IQueryable<SheetEntity> Pending(JixiaoDbContext db, long? regionId, string ruleSet)
    {
        var sheets = regionId is { } id ? db.Sheets.Where(s => s.RegionId == id) : db.Sheets.Where(s => s.RegionId == null);
        return sheets.Where(s => s.FindingsRuleSet == null || s.FindingsRuleSet != ruleSet);
    }

    /// <summary>How many sheets stored without a region are pending for the default rule set (<paramref name="resolve"/> of no setting).</summary>
    public static Task<int> PendingWithoutRegionAsync(JixiaoDbContext db, Func<string?, string> resolve, CancellationToken ct = default) =>
        Pending(db, null, resolve(null)).CountAsync(ct);

    /// <summary>Per region, how many sheets are pending, given how a region's setting resolves to a rule set's stamp (<see cref="RuleSet.Stamp"/>).</summary>
    public static async Task<Dictionary<long, int>> PendingByRegionAsync(JixiaoDbContext db, Func<string?, string> resolve, CancellationToken ct = default)
    {
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.RuleSet }).ToListAsync(ct);
        var stored = await db.Sheets.Where(s => s.RegionId != null).GroupBy(s => new { s.RegionId, s.FindingsRuleSet })
            .Select(g => new { g.Key.RegionId, g.Key.FindingsRuleSet, Count = g.Count() }).ToListAsync(ct);
        return regions.ToDictionary(r => r.Id, r =>
        {
            var name = resolve(r.RuleSet);
            return stored.Where(g => g.RegionId == r.Id && g.FindingsRuleSet != name).Sum(g => g.Count);
        });
    }

    /// <summary>The ids of the regions with a pending sheet.</summary>
    public static async Task<List<long>> RegionsWithPendingAsync(JixiaoDbContext db, Func<string?, string> resolve, CancellationToken ct = default) =>
        [.. (await PendingByRegionAsync(db, resolve, ct)).Where(p => p.Value > 0).Select(p => p.Key).Order()];

    /// <summary>
    /// Reviews the region's pending sheets (<paramref name="regionId"/> null: those stored without a region, with the
    /// default) with the engine of its rule set (<paramref name="engineOf"/>: a region's
    /// setting, null for the default, to the engine that applies; read again for each document, so a set changed
    /// meanwhile is followed), until none is pending or <paramref name="maxSheets"/> are done. Records one audit
    /// entry for what it did, by <paramref name="actor"/>.
    /// </summary>
    public static async Task<RegionReviewProgress> ReviewAsync(
        JixiaoDbContext db, Actor actor, long? regionId, Func<string?, RuleEngine> engineOf, int maxSheets, CancellationToken ct = default)
    {
        var reviewed = 0;
        var names = new SortedSet<string>(StringComparer.Ordinal);
        while (reviewed < maxSheets)
        {
            string? setting = null;
            if (regionId is { } id)
            {
                var region = await db.Regions.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.RuleSet }).SingleOrDefaultAsync(ct);
                if (region is null)
                {
                    break;
                }

                setting = region.RuleSet;
            }

            var engine = engineOf(setting);
            var documentId = await Pending(db, regionId, engine.RuleSet.Stamp).OrderBy(s => s.DocumentId).Select(s => (long?)s.DocumentId).FirstOrDefaultAsync(ct);
            if (documentId is not { } document)
            {
                break;
            }

            var done = await ReviewDocumentAsync(db, document, regionId, engine, maxSheets - reviewed, ct);
            if (done == 0)
            {
                // Every pending sheet of it was edited meanwhile (and reviewed by its edit); the next run sees the rest.
                break;
            }

            reviewed += done;
            names.Add(engine.RuleSet.Name);
        }

        var pending = await PendingCountAsync(db, regionId, engineOf, ct);
        if (reviewed > 0)
        {
            await RecordAsync(db, actor, regionId, reviewed, pending, names, ct);
        }

        return new RegionReviewProgress(reviewed, pending);
    }

    /// <summary>How many of the region's sheets are pending for its current rule set.</summary>
    public static async Task<int> PendingCountAsync(JixiaoDbContext db, long? regionId, Func<string?, RuleEngine> engineOf, CancellationToken ct = default)
    {
        var setting = regionId is { } id ? await db.Regions.AsNoTracking().Where(r => r.Id == id).Select(r => r.RuleSet).SingleOrDefaultAsync(ct) : null;
        return await Pending(db, regionId, engineOf(setting).RuleSet.Stamp).CountAsync(ct);
    }

    /// <summary>
    /// Reviews the document's pending sheets in the region with <paramref name="engine"/> and writes their findings
    /// (at most <paramref name="maxSheets"/>), a chunk per transaction; the document's own findings go with the first chunk.
    /// </summary>
    private static async Task<int> ReviewDocumentAsync(JixiaoDbContext db, long documentId, long? regionId, RuleEngine engine, int maxSheets, CancellationToken ct)
    {
        var loaded = await DocumentStore.LoadWithSheetsAsync(db, documentId, ct);
        if (loaded.Error is not null)
        {
            return 0;
        }

        var (document, rows) = loaded.Value!;

        // One review of the whole document, as on import: each sheet's findings in its place, with those the
        // document's rules give it, and the document's own (docs/decisions/022).
        var review = engine.Review(document);
        var name = engine.RuleSet.Stamp;
        var todo = Enumerable.Range(0, rows.Count)
            .Where(i => rows[i].RegionId == regionId && rows[i].FindingsRuleSet != name)
            .Take(maxSheets).ToList();
        var written = 0;
        for (var start = 0; start < todo.Count; start += SheetsPerChunk)
        {
            var chunk = todo.Skip(start).Take(SheetsPerChunk).Select(i => (Row: rows[i], Sheet: document.Sheets[i], review.Sheets[i].Findings)).ToList();
            using var turn = await WriteTurns.TakeAsync(db, ct);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (start == 0)
                {
                    await FindingStore.ReplaceForDocumentAsync(db, documentId, review.DocumentFindings, ct);
                }

                var done = 0;
                foreach (var (row, sheet, findings) in chunk)
                {
                    done += await FindingStore.ReplaceAtVersionAsync(db, row.Id, row.Version, sheet, findings, name, ct) ? 1 : 0;
                }

                await transaction.CommitAsync(ct);
                written += done;
            }
            finally
            {
                // The findings added are written (or rolled back): none should stay tracked for the next chunk.
                db.ChangeTracker.Clear();
            }
        }

        return written;
    }

    private static async Task RecordAsync(JixiaoDbContext db, Actor actor, long? regionId, int reviewed, int pending, SortedSet<string> names, CancellationToken ct)
    {
        var region = regionId is { } id ? await db.Regions.AsNoTracking().SingleAsync(r => r.Id == id, ct) : null;
        var rest = pending > 0 ? $"，尚有 {pending} 张待重新审核" : "";
        var where = region is null ? "未指定地区" : $"{region.Name}（{region.Code}）";
        using var turn = await WriteTurns.TakeAsync(db, ct);
        AuditTrail.Record(db, actor, AuditTrail.Actions.Rereview,
            $"按审核规则集“{string.Join("”“", names)}”重新审核 {where}的 {reviewed} 张目标表{rest}",
            detail: new { region = region?.Code, ruleSets = names, reviewed, pending });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
