using Jixiao.Core.Workflow;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// What reviewers write on a sheet besides the workflow step: comments on one indicator row (kept across
/// resubmissions, shown beside the row) and overrides that let one error finding pass, with a reason.
/// Each with its audit record, in one SaveChanges.
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

    /// <summary>
    /// Lets the error finding of <paramref name="ruleId"/> at <paramref name="place"/> pass submission, for a reason.
    /// Only reviewers (主管部门, 财政, 管理员) may; the finding must be one of the sheet's errors.
    /// </summary>
    public static async Task<DataResult<FindingOverrideEntity>> OverrideAsync(JixiaoDbContext db, Actor actor, SheetScope scope, long sheetId, string ruleId, string place, string reason, CancellationToken ct = default)
    {
        if (actor.Role == Role.UnitFiller)
        {
            return DataResult<FindingOverrideEntity>.Fail(DataErrorCode.Forbidden, "只有审核人可以放行错误级审核意见", "only reviewers may override findings");
        }

        if (Problem(reason) is { } problem)
        {
            return DataResult<FindingOverrideEntity>.Fail(DataErrorCode.Invalid, "放行须说明理由：" + problem, problem);
        }

        var sheet = await scope.Apply(db.Sheets).Where(s => s.Id == sheetId).Select(s => new { s.DocumentId }).SingleOrDefaultAsync(ct);
        if (sheet is null)
        {
            return SheetWorkflow.NotFound(sheetId);
        }

        var exists = await db.ReviewFindings.AnyAsync(f => f.SheetId == sheetId && f.RuleId == ruleId && f.Severity == FindingSeverity.Error && (f.Position ?? "") == place, ct);
        if (!exists)
        {
            return DataResult<FindingOverrideEntity>.Fail(DataErrorCode.NotFound, $"目标表没有位于 {place} 的错误级意见 {ruleId}", "no such error finding");
        }

        var entity = await db.FindingOverrides.SingleOrDefaultAsync(o => o.SheetId == sheetId && o.RuleId == ruleId && o.Place == place, ct);
        var before = entity?.Reason;
        if (entity is null)
        {
            entity = new FindingOverrideEntity { SheetId = sheetId, RuleId = ruleId, Place = place, Reason = "", UserName = actor.UserName };
            db.FindingOverrides.Add(entity);
        }

        entity.Reason = reason.Trim();
        entity.UserId = actor.UserId;
        entity.UserName = actor.UserName;
        entity.CreatedAt = db.Clock.GetUtcNow();
        AuditTrail.Record(db, actor, AuditTrail.Actions.Override, $"放行审核意见 {ruleId}（{place}）：{entity.Reason}", sheetId, sheet.DocumentId,
            new[] { new AuditChange($"override {ruleId} {place}", before, entity.Reason) });
        await db.SaveChangesAsync(ct);
        return DataResult<FindingOverrideEntity>.Ok(entity);
    }

    /// <summary>The (rule, place) of every finding a reviewer let pass on the sheet.</summary>
    public static async Task<HashSet<(string RuleId, string Place)>> OverriddenAsync(JixiaoDbContext db, long sheetId, CancellationToken ct = default) =>
        (await db.FindingOverrides.Where(o => o.SheetId == sheetId).Select(o => new { o.RuleId, o.Place }).ToListAsync(ct))
            .Select(o => (o.RuleId, o.Place)).ToHashSet();

    public static Task<List<FindingOverrideEntity>> OverridesAsync(JixiaoDbContext db, long sheetId, CancellationToken ct = default) =>
        db.FindingOverrides.AsNoTracking().Where(o => o.SheetId == sheetId).OrderBy(o => o.Id).ToListAsync(ct);

    private static string? Problem(string? text, int max = MaxTextLength) =>
        string.IsNullOrWhiteSpace(text) ? "内容不能为空"
        : text.Length > max ? $"至多 {max} 字"
        : text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') ? "含有控制字符" : null;
}
