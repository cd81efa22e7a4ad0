using System.Globalization;
using Jixiao.Core.Review;
using Jixiao.Core.Workflow;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// A step asked for: the action, the 审核结果 (财政审核), the comment or reason, and the version it was asked at
/// (optional). <see cref="Rules"/> reviews the sheet for a submission's blocking errors: the sheet's region's
/// rule set (the web app resolves it, docs/decisions/016); the shipped default when none is given.
/// </summary>
public sealed record WorkflowStep(WorkflowAction Action, ReviewGrade? Grade = null, string? Comment = null, int? ExpectedVersion = null)
{
    public RuleEngine Rules { get; init; } = RuleEngine.Default;
}

/// <summary>After a step: the sheet's new status, its new edit version, and the frozen version it made, if any.</summary>
public sealed record WorkflowResult(long SheetId, SheetStatus From, SheetStatus To, int Version, int? FrozenVersion, int? Approval);

/// <summary>
/// Takes a workflow step on a stored sheet (<see cref="Workflow"/> decides), in one transaction with its
/// audit record and, where the step freezes one, a new version: a submission keeps what was submitted,
/// a finance pass with 优/良 the approved version (批复第 N 版). The step bumps the sheet's edit version,
/// so of two people acting at once one is refused (and an edit loaded before the step cannot overwrite it).
/// </summary>
public static class SheetWorkflow
{
    public const int MaxCommentLength = 2000;

    public static async Task<DataResult<WorkflowResult>> ActAsync(JixiaoDbContext db, Actor actor, SheetScope scope, long sheetId, WorkflowStep step, CancellationToken ct = default)
    {
        if (step.Comment is { Length: > MaxCommentLength })
        {
            return DataResult<WorkflowResult>.Fail(DataErrorCode.Invalid, $"意见至多 {MaxCommentLength} 字", "comment too long");
        }

        var sheet = await scope.Apply(db.Sheets).SingleOrDefaultAsync(s => s.Id == sheetId, ct);
        if (sheet is null)
        {
            return NotFound(sheetId);
        }

        if (step.ExpectedVersion is { } expected && expected != sheet.Version)
        {
            return Conflict(sheetId);
        }

        var openErrors = step.Action == WorkflowAction.Submit ? await OpenErrorsAsync(db, sheetId, step.Rules, ct) : 0;
        var decision = Workflow.Decide(sheet.Status, new WorkflowRequest(step.Action, actor.Role, step.Grade, step.Comment, openErrors));
        if (decision.Refusal is { } refusal)
        {
            return new DataError(DataErrorCode.WorkflowRefused, refusal.MessageZh, refusal.Code) { SpecificCode = refusal.Code };
        }

        var from = sheet.Status;
        var to = decision.To!.Value;
        var now = db.Clock.GetUtcNow();
        SheetVersionEntity? frozen = null;
        if (step.Action == WorkflowAction.Submit || to == SheetStatus.Approved)
        {
            frozen = await FreezeAsync(db, actor, sheet, to == SheetStatus.Approved ? SheetVersionKind.Approved : SheetVersionKind.Submitted, step, ct);
        }

        sheet.Status = to;
        sheet.StatusChangedAt = now;
        if (from == SheetStatus.DepartmentApproved && step.Action == WorkflowAction.Pass)
        {
            sheet.ReviewGrade = step.Grade;
        }

        if (step.Action == WorkflowAction.Adjust)
        {
            sheet.AdjustmentReason = step.Comment!.Trim();
            sheet.ReviewGrade = null;
        }

        if (step.Action == WorkflowAction.Publish)
        {
            sheet.PublishedVersionId = sheet.ApprovedVersionId;
        }

        if (to == SheetStatus.Approved)
        {
            sheet.AdjustmentReason = null;
        }

        sheet.Version++;
        var summary = Summary(from, to, step, frozen);
        AuditTrail.Record(db, actor, AuditTrail.Actions.Workflow, summary, sheetId, sheet.DocumentId, new
        {
            action = WorkflowNames.Code(step.Action),
            from = WorkflowNames.Code(from),
            to = WorkflowNames.Code(to),
            grade = step.Grade?.ToString(),
            comment = step.Comment,
            version = frozen?.Number,
        });
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (frozen is not null)
            {
                // The frozen version first, so the sheet can name it.
                await db.SaveChangesAsync(ct);
                if (frozen.Kind == SheetVersionKind.Approved)
                {
                    sheet.ApprovedVersionId = frozen.Id;
                }
            }

            await db.SaveChangesAsync(ct);
            await SheetSnapshots.FollowVersionAsync(db, sheetId, sheet.Version, ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Conflict(sheetId);
        }

        return DataResult<WorkflowResult>.Ok(new WorkflowResult(sheetId, from, to, sheet.Version, frozen?.Number, frozen?.Approval));
    }

    /// <summary>How many of the sheet's error findings no reviewer has marked 不适用.</summary>
    public static async Task<int> OpenErrorsAsync(JixiaoDbContext db, long sheetId, RuleEngine rules, CancellationToken ct) =>
        (await OpenErrorFindingsAsync(db, sheetId, rules, ct)).Count;

    /// <summary>
    /// The error findings of a review of the sheet as stored by <paramref name="rules"/> (its region's rule set)
    /// that no reviewer has marked 不适用 (<see cref="SheetMarks"/>): what blocks its submission.
    /// </summary>
    public static async Task<List<Finding>> OpenErrorFindingsAsync(JixiaoDbContext db, long sheetId, RuleEngine rules, CancellationToken ct = default)
    {
        var loaded = await SheetStore.LoadAsync(db, sheetId, ct);
        if (loaded.Value is not { } stored)
        {
            return [];
        }

        var errors = (await SheetReviews.ReviewAsync(db, rules, stored, ct)).Where(f => f.Severity == Severity.Error);
        return await SheetMarks.StandingAsync(db, sheetId, errors, ct);
    }

    private static async Task<SheetVersionEntity> FreezeAsync(JixiaoDbContext db, Actor actor, SheetEntity sheet, SheetVersionKind kind, WorkflowStep step, CancellationToken ct)
    {
        var stored = await db.Sheets.AsNoTracking().WithParts().SingleAsync(s => s.Id == sheet.Id, ct);
        var last = await db.SheetVersions.Where(v => v.SheetId == sheet.Id)
            .GroupBy(v => v.SheetId).Select(g => new { Number = g.Max(v => v.Number), Approval = g.Max(v => v.Approval) }).SingleOrDefaultAsync(ct);
        var version = new SheetVersionEntity
        {
            SheetId = sheet.Id,
            Number = (last?.Number ?? 0) + 1,
            Kind = kind,
            Approval = kind == SheetVersionKind.Approved ? (last?.Approval ?? 0) + 1 : null,
            Grade = kind == SheetVersionKind.Approved ? step.Grade : null,
            Reason = kind == SheetVersionKind.Submitted && sheet.AdjustmentReason is { } reason ? "调整：" + reason : step.Comment,
            Json = SheetVersionJson.Write(SheetMapper.ToSheet(stored)),
            CreatedAt = db.Clock.GetUtcNow(),
            CreatedBy = actor.UserName,
        };
        db.SheetVersions.Add(version);
        return version;
    }

    private static string Summary(SheetStatus from, SheetStatus to, WorkflowStep step, SheetVersionEntity? frozen)
    {
        var text = $"{WorkflowNames.Of(step.Action)}：{WorkflowNames.Of(from)} → {WorkflowNames.Of(to)}";
        if (step.Grade is { } grade && step.Action == WorkflowAction.Pass && from == SheetStatus.DepartmentApproved)
        {
            text += $"，审核结果“{WorkflowNames.Of(grade)}”";
        }

        if (frozen is { Approval: { } approval })
        {
            text += string.Create(CultureInfo.InvariantCulture, $"，批复第 {approval} 版");
        }
        else if (frozen is not null)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"，留存第 {frozen.Number} 版");
        }

        return string.IsNullOrWhiteSpace(step.Comment) ? text : text + "。意见：" + step.Comment.Trim();
    }

    internal static DataError NotFound(long sheetId) =>
        new(DataErrorCode.NotFound, $"找不到绩效目标表 {sheetId}", $"sheet {sheetId} not found");

    internal static DataError Conflict(long sheetId) =>
        new(DataErrorCode.ConcurrencyConflict, $"绩效目标表 {sheetId} 刚被他人修改或处理，请刷新后再试", $"sheet {sheetId} was changed meanwhile; reload it");
}
