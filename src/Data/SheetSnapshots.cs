using System.Globalization;
using Jixiao.Core.Export;
using Jixiao.Core.Targets;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>A sheet in the import contract as the API serves it, and the version an edit must name.</summary>
public sealed record SheetJson(long Id, int Version, string Json);

/// <summary>
/// The read side of one sheet: the JSON of the import contract kept beside the tables
/// (<see cref="SheetSnapshotEntity"/>). Every save writes it in the same transaction; a snapshot
/// that is missing, of an older version or of another build is rebuilt from the tables on
/// reading and stored again, so what is served never differs from what the tables hold.
/// </summary>
public static class SheetSnapshots
{
    /// <summary>
    /// The version of the JSON a sheet is served as. Bump it with any change to the contract's sheet
    /// writer or to the mapping from the tables: snapshots of another format are rebuilt, not served.
    /// SheetSnapshotFormatTests holds the JSON of the seeds and of a sheet with every field to the
    /// format it was written for, so a change that forgets the bump fails there.
    /// </summary>
    public const int FormatVersion = 5;

    /// <summary><see cref="FormatVersion"/> as stored.</summary>
    public static string Format { get; } = FormatVersion.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The snapshot if it is of the sheet's version and this format. Compiled: the sheet API runs it
    /// for every request, and a compiled query skips EF's per-call expression work (about half the
    /// request's cost, docs/benchmarks.md).
    /// </summary>
    private static readonly CompiledPerModel<Func<JixiaoDbContext, long, string, Task<CurrentSnapshot?>>> CurrentQuery = new(() => EF.CompileAsyncQuery(
        (JixiaoDbContext db, long sheetId, string format) => db.SheetSnapshots
            .Where(s => s.SheetId == sheetId && s.Format == format && db.Sheets.Any(sheet => sheet.Id == sheetId && sheet.Version == s.Version))
            .Select(s => new CurrentSnapshot(s.Version, s.Json))
            .SingleOrDefault()));

    /// <summary>The sheet's JSON with its id and version first, from the snapshot where it is current.</summary>
    public static async Task<DataResult<SheetJson>> ReadAsync(JixiaoDbContext db, long sheetId, CancellationToken ct = default)
    {
        if (await CurrentQuery.For(db)(db, sheetId, Format) is { } current)
        {
            return DataResult<SheetJson>.Ok(new SheetJson(sheetId, current.Version, WithIdentity(sheetId, current.Version, current.Json)));
        }

        var loaded = await SheetStore.LoadAsync(db, sheetId, ct);
        if (loaded.Value is not { } stored)
        {
            return loaded.Error!;
        }

        var body = Body(stored.Sheet);
        await StoreAsync(db, sheetId, stored.Version, body, ct);
        return DataResult<SheetJson>.Ok(new SheetJson(sheetId, stored.Version, WithIdentity(sheetId, stored.Version, body)));
    }

    /// <summary>
    /// Rebuilds up to <paramref name="max"/> snapshots that are missing or not current, in id order
    /// after <paramref name="afterId"/>; returns the last id looked at (null when none was left).
    /// After an upgrade this brings every snapshot to the new build before readers need it.
    /// </summary>
    public static async Task<(int Rebuilt, long? LastId)> RefreshStaleAsync(JixiaoDbContext db, long afterId, int max, CancellationToken ct = default)
    {
        var format = Format;
        var stale = await db.Sheets.AsNoTracking()
            .Where(s => s.Id > afterId && (s.Snapshot == null || s.Snapshot.Format != format || s.Snapshot.Version != s.Version))
            .OrderBy(s => s.Id)
            .Select(s => s.Id)
            .Take(max)
            .ToListAsync(ct);
        var rebuilt = 0;
        foreach (var id in stale)
        {
            if ((await SheetStore.LoadAsync(db, id, ct)).Value is { } stored)
            {
                await StoreAsync(db, id, stored.Version, Body(stored.Sheet), ct);
                rebuilt++;
            }
        }

        return (rebuilt, stale.Count == 0 ? null : stale[^1]);
    }

    /// <summary>
    /// Sets the snapshot of a tracked sheet entity whose lists are all loaded (before its save),
    /// from the entity as the tables will hold it.
    /// </summary>
    internal static void Attach(SheetEntity entity)
    {
        var body = Body(SheetMapper.ToSheet(entity));
        if (entity.Snapshot is { } snapshot)
        {
            snapshot.Version = entity.Version;
            snapshot.Format = Format;
            snapshot.Json = body;
        }
        else
        {
            entity.Snapshot = new SheetSnapshotEntity { Version = entity.Version, Format = Format, Json = body };
        }
    }

    /// <summary>
    /// After a step that bumps a sheet's version without changing its content (a workflow step), the
    /// snapshot of the version before follows it, so it stays current rather than being rebuilt.
    /// </summary>
    internal static Task FollowVersionAsync(JixiaoDbContext db, long sheetId, int version, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"UPDATE sheet_snapshots SET version = {version} WHERE sheet_id = {sheetId} AND version = {version - 1}", ct);

    /// <summary>The contract's JSON of a sheet without id and version (they are put in front when served).</summary>
    internal static string Body(TargetSheet sheet) => ImportJson.SheetToJson(sheet);

    /// <summary>{"id":…,"version":…, then the body's fields: what <see cref="ImportJson.SheetToJson"/> writes with them.</summary>
    internal static string WithIdentity(long id, int version, string body) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"id\":{id},\"version\":{version},{body.AsSpan(1)}");

    /// <summary>
    /// Stores a rebuilt snapshot unless the sheet has moved on meanwhile (then the next reading
    /// rebuilds it again); never overwrites a snapshot of a newer version.
    /// </summary>
    private static async Task StoreAsync(JixiaoDbContext db, long sheetId, int version, string body, CancellationToken ct)
    {
        var format = Format;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO sheet_snapshots (sheet_id, version, format, json)
            SELECT id, version, {format}, {body} FROM sheets WHERE id = {sheetId} AND version = {version}
            ON CONFLICT (sheet_id) DO UPDATE SET version = excluded.version, format = excluded.format, json = excluded.json
            WHERE sheet_snapshots.version <= excluded.version
            """,
            ct);
    }

    private sealed record CurrentSnapshot(int Version, string Json);
}
