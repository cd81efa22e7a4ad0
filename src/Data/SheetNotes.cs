using Jixiao.Core.Workflow;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// What reviewers write on a sheet besides the workflow step: comments on one indicator row (kept across
/// resubmissions, shown beside the row), with its audit record in one SaveChanges. Marks on findings
/// (已核实 / 不适用) are <see cref="SheetMarks"/>.
/// </summary>
public static class SheetNotes
{
    public const int MaxTextLength = 2000;

    public static async Task<DataResult<RowCommentEntity>> CommentAsync(JixiaoDbContext db, Actor actor, SheetScope scope, long sheetId, string rowKey, string text, CancellationToken ct = default)
    {
        if (Problem(text) is { } problem || Problem(rowKey, 500) is { } keyProblem && (problem = keyProblem) is not null)
        {
            return DataResult<RowCommentEntity>.Fail(DataErrorCode.Invalid, problem, problem);
        }

        var sheet = await scope.Apply(db.Sheets).Where(s => s.Id == sheetId).Select(s => new { s.Status, s.DocumentId }).SingleOrDefaultAsync(ct);
        if (sheet is null)
        {
            return SheetWorkflow.NotFound(sheetId);
        }

        var latest = await db.SheetVersions.Where(v => v.SheetId == sheetId).MaxAsync(v => (int?)v.Number, ct);
        var comment = new RowCommentEntity
        {
            SheetId = sheetId,
            RowKey = rowKey.Trim(),
            Text = text.Trim(),
            Status = sheet.Status,
            VersionNumber = latest,
            UserId = actor.UserId,
            UserName = actor.UserName,
            CreatedAt = db.Clock.GetUtcNow(),
        };
        db.RowComments.Add(comment);
        AuditTrail.Record(db, actor, AuditTrail.Actions.Comment, $"对“{comment.RowKey}”提出意见：{comment.Text}", sheetId, sheet.DocumentId,
            new { row = comment.RowKey, text = comment.Text, status = WorkflowNames.Code(sheet.Status) });
        await db.SaveChangesAsync(ct);
        return DataResult<RowCommentEntity>.Ok(comment);
    }

    public static Task<List<RowCommentEntity>> CommentsAsync(JixiaoDbContext db, long sheetId, CancellationToken ct = default) =>
        db.RowComments.AsNoTracking().Where(c => c.SheetId == sheetId).OrderBy(c => c.Id).ToListAsync(ct);

    internal static string? Problem(string? text, int max = MaxTextLength) =>
        string.IsNullOrWhiteSpace(text) ? "内容不能为空"
        : text.Length > max ? $"至多 {max} 字"
        : text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') ? "含有控制字符" : null;
}
