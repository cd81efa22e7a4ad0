using Jixiao.Core.Workflow;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// Tables that were approved and published elsewhere (a department's 公开表, the samples) are stored as
/// such: each sheet gets its approved version (批复第 1 版) and goes straight to 已公开, with an audit record
/// saying so. Only for an administrator or the system; anything else goes through the workflow.
/// </summary>
public static class PublishedImport
{
    public static async Task<DataResult<int>> MarkPublishedAsync(JixiaoDbContext db, Actor actor, IReadOnlyList<long> sheetIds, string note, CancellationToken ct = default)
    {
        if (actor.Role != Role.Administrator)
        {
            return DataResult<int>.Fail(DataErrorCode.Forbidden, "只有管理员可以直接登记已公开的目标表", "administrators only");
        }

        var sheets = await db.Sheets.WithParts().Where(s => sheetIds.Contains(s.Id) && s.Status == SheetStatus.Draft).ToListAsync(ct);
        var now = db.Clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var versions = sheets.Select(sheet => new SheetVersionEntity
        {
            SheetId = sheet.Id,
            Number = 1,
            Kind = SheetVersionKind.Approved,
            Approval = 1,
            Reason = note,
            Json = SheetVersionJson.Write(SheetMapper.ToSheet(sheet)),
            CreatedAt = now,
            CreatedBy = actor.UserName,
        }).ToList();
        db.SheetVersions.AddRange(versions);
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            sheet.Status = SheetStatus.Published;
            sheet.StatusChangedAt = now;
            sheet.ApprovedVersionId = versions[i].Id;
            sheet.PublishedVersionId = versions[i].Id;
            sheet.Version++;
            AuditTrail.Record(db, actor, AuditTrail.Actions.Workflow, $"登记为已公开的目标表（批复第 1 版）：{note}", sheet.Id, sheet.DocumentId,
                new { action = "register-published", to = WorkflowNames.Code(SheetStatus.Published), note });
        }

        await db.SaveChangesAsync(ct);
        foreach (var sheet in sheets)
        {
            await SheetSnapshots.FollowVersionAsync(db, sheet.Id, sheet.Version, ct);
        }

        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return DataResult<int>.Ok(sheets.Count);
    }
}
