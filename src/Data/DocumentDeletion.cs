using Jixiao.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// Removes a wrongly imported document: only while every sheet of it is a draft that was never submitted
/// (no frozen version), by someone whose scope holds all its sheets (its unit's 单位填报) or an administrator;
/// recorded in the audit trail in the same transaction.
/// </summary>
public static class DocumentDeletion
{
    public static async Task<DataResult<int>> DeleteAsync(JixiaoDbContext db, Actor actor, SheetScope scope, long documentId, CancellationToken ct = default)
    {
        var document = await db.Documents.Where(d => d.Id == documentId).Select(d => new { d.FileName }).SingleOrDefaultAsync(ct);
        var sheets = await db.Sheets.Where(s => s.DocumentId == documentId).Select(s => new { s.Id, s.Status }).ToListAsync(ct);
        var visible = await scope.Apply(db.Sheets).Where(s => s.DocumentId == documentId).CountAsync(ct);
        if (document is null || (visible == 0 && actor.Role != Role.Administrator))
        {
            return DataResult<int>.Fail(DataErrorCode.NotFound, $"找不到文档 {documentId}", $"document {documentId} not found");
        }

        if (actor.Role is not (Role.Administrator or Role.UnitFiller) || visible < sheets.Count)
        {
            return DataResult<int>.Fail(DataErrorCode.Forbidden, "只有填报单位本身或管理员可以删除导入的文档", "only the owning unit or an administrator may delete");
        }

        var ids = sheets.Select(s => s.Id).ToList();
        var frozen = await db.SheetVersions.AnyAsync(v => ids.Contains(v.SheetId), ct);
        if (sheets.Any(s => s.Status != SheetStatus.Draft) || frozen)
        {
            return DataResult<int>.Fail(DataErrorCode.WorkflowRefused, "文档中有目标表已提交或已批复，不能删除；请走退回或调整流程", "only never-submitted drafts can be deleted");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        AuditTrail.Record(db, actor, AuditTrail.Actions.DeleteDocument, $"删除导入的文档“{document.FileName}”（{sheets.Count} 张目标表）", null, documentId,
            new { file = document.FileName, sheets = ids });
        await db.SaveChangesAsync(ct);

        // The sheets' rows and the document's own go by ON DELETE CASCADE.
        await db.Sheets.Where(s => s.DocumentId == documentId).ExecuteDeleteAsync(ct);
        var removed = await db.Documents.Where(d => d.Id == documentId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return DataResult<int>.Ok(removed);
    }
}
