using Jixiao.Core.Targets;
using Jixiao.Core.Workflow;
using Jixiao.Data.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>A stored sheet: its id, the version an edit must name, and the sheet itself.</summary>
public sealed record StoredSheet(long Id, long DocumentId, int Version, TargetSheet Sheet);

/// <summary>Loads a sheet and saves an edit of it; a concurrent edit is refused, not overwritten.</summary>
public static class SheetStore
{
    public static Task<DataResult<StoredSheet>> LoadAsync(JixiaoDbContext db, long sheetId, CancellationToken ct = default) =>
        LoadAsync(db, SheetScope.All, sheetId, ct);

    /// <summary>The sheet if it is within <paramref name="scope"/>; otherwise not found (its existence is not told).</summary>
    public static async Task<DataResult<StoredSheet>> LoadAsync(JixiaoDbContext db, SheetScope scope, long sheetId, CancellationToken ct = default)
    {
        var entity = await scope.Apply(db.Sheets).AsNoTracking().WithParts().SingleOrDefaultAsync(s => s.Id == sheetId, ct);
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
    public static Task<DataResult<int>> UpdateAsync(JixiaoDbContext db, long sheetId, int expectedVersion, TargetSheet sheet, CancellationToken ct = default) =>
        UpdateAsync(db, Actor.System(), SheetScope.All, sheetId, expectedVersion, sheet, ct);

    /// <summary>
    /// As above, by <paramref name="actor"/> within <paramref name="scope"/>: only a draft or a returned sheet
    /// can be edited (an approved one only through an adjustment), and the audit trail records every
    /// changed field, old → new, in the same transaction.
    /// </summary>
    public static async Task<DataResult<int>> UpdateAsync(JixiaoDbContext db, Actor actor, SheetScope scope, long sheetId, int expectedVersion, TargetSheet sheet, CancellationToken ct = default)
    {
        var entity = await scope.Apply(db.Sheets).WithParts().Include(s => s.Region).Include(s => s.Snapshot).SingleOrDefaultAsync(s => s.Id == sheetId, ct);
        if (entity is null)
        {
            return NotFound(sheetId);
        }

        if (entity.Version != expectedVersion)
        {
            return Conflict(sheetId);
        }

        if (!Workflow.IsEditable(entity.Status))
        {
            return new DataError(DataErrorCode.WorkflowRefused,
                $"目标表当前状态为“{WorkflowNames.Of(entity.Status)}”，不能直接修改：已提交的请先撤回或等待退回，已批复的请发起调整",
                $"sheet {sheetId} is {entity.Status} and cannot be edited") { SpecificCode = LockedCode };
        }

        var diff = SheetDiff.Compare(SheetMapper.ToSheet(entity), sheet);
        SheetMapper.Apply(sheet, entity, removed => db.Remove(removed));
        await new OrganisationLinks(db, entity.Region).LinkAsync([entity], ct);
        entity.Version = expectedVersion + 1;
        entity.SavedAt = db.Clock.GetUtcNow();
        SheetSnapshots.Attach(entity);
        AuditTrail.Record(db, actor, AuditTrail.Actions.Edit, EditSummary(diff), sheetId, entity.DocumentId, Changes(diff));
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

    /// <summary>The code of an edit refused because the sheet is submitted or approved.</summary>
    public const string LockedCode = "SHEET-LOCKED";

    private static string EditSummary(SheetDiff diff) => diff.IsEmpty
        ? "保存目标表（内容未变）"
        : $"修改目标表：{diff.Fields.Count} 个字段，{diff.Rows.Count} 行指标";

    private static List<AuditChange> Changes(SheetDiff diff) =>
    [
        .. diff.Fields.Select(f => new AuditChange(f.Field, f.Before, f.After)),
        .. diff.Rows.Select(r => new AuditChange(r.Key, r.ValueBefore, r.ValueAfter) ),
    ];

    private static DataError NotFound(long sheetId) =>
        new(DataErrorCode.NotFound, $"找不到绩效目标表 {sheetId}", $"sheet {sheetId} not found");

    private static DataError Conflict(long sheetId) =>
        new(DataErrorCode.ConcurrencyConflict, $"绩效目标表 {sheetId} 已被他人修改，请重新打开后再编辑", $"sheet {sheetId} was changed by someone else; reload it");
}
