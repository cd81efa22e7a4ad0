using Jixiao.Core.Targets;
using Jixiao.Data.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>A stored sheet: its id, the version an edit must name, and the sheet itself.</summary>
public sealed record StoredSheet(long Id, long DocumentId, int Version, TargetSheet Sheet);

/// <summary>Loads a sheet and saves an edit of it; a concurrent edit is refused, not overwritten.</summary>
public static class SheetStore
{
    public static async Task<DataResult<StoredSheet>> LoadAsync(JixiaoDbContext db, long sheetId, CancellationToken ct = default)
    {
        var entity = await db.Sheets.AsNoTracking().WithParts().SingleOrDefaultAsync(s => s.Id == sheetId, ct);
        return entity is null
            ? NotFound(sheetId)
            : DataResult<StoredSheet>.Ok(new StoredSheet(entity.Id, entity.DocumentId, entity.Version, SheetMapper.ToSheet(entity)));
    }

    /// <summary>
    /// Replaces the stored sheet by <paramref name="sheet"/>, provided it is still at
    /// <paramref name="expectedVersion"/> (the version it was loaded at); returns the new version.
    /// Rows keep their ids where their place in a list is unchanged. One transaction; after a
    /// conflict, use a new context.
    /// </summary>
    public static async Task<DataResult<int>> UpdateAsync(JixiaoDbContext db, long sheetId, int expectedVersion, TargetSheet sheet, CancellationToken ct = default)
    {
        var entity = await db.Sheets.WithParts().Include(s => s.Region).Include(s => s.Snapshot).SingleOrDefaultAsync(s => s.Id == sheetId, ct);
        if (entity is null)
        {
            return NotFound(sheetId);
        }

        if (entity.Version != expectedVersion)
        {
            return Conflict(sheetId);
        }

        SheetMapper.Apply(sheet, entity, removed => db.Remove(removed));
        await new OrganisationLinks(db, entity.Region).LinkAsync([entity], ct);
        entity.Version = expectedVersion + 1;
        entity.SavedAt = db.Clock.GetUtcNow();
        SheetSnapshots.Attach(entity);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(sheetId);
        }

        return DataResult<int>.Ok(entity.Version);
    }

    private static DataError NotFound(long sheetId) =>
        new(DataErrorCode.NotFound, $"找不到绩效目标表 {sheetId}", $"sheet {sheetId} not found");

    private static DataError Conflict(long sheetId) =>
        new(DataErrorCode.ConcurrencyConflict, $"绩效目标表 {sheetId} 已被他人修改，请重新打开后再编辑", $"sheet {sheetId} was changed by someone else; reload it");
}
