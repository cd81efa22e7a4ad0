using System.Text.Json;
using Jixiao.Core.Export;
using Jixiao.Core.Review;
using Jixiao.Core.Workflow;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

public static partial class WorkflowApi
{
    public sealed record WorkflowView(
        long Id, string Status, string StatusName, string? Grade, string? GradeName, string? AdjustmentReason, int Version,
        IReadOnlyList<string> Actions, int OpenErrors, GradeProposal? Proposal,
        IReadOnlyList<CommentView> Comments, IReadOnlyList<OverrideView> Overrides, IReadOnlyList<VersionView> Versions, IReadOnlyList<HistoryView> History);

    public sealed record CommentView(long Id, string Row, string Text, string UserName, string Stage, int? Version, DateTimeOffset At);

    public sealed record OverrideView(string RuleId, string Place, string Reason, string UserName, DateTimeOffset At);

    public sealed record VersionView(int Number, string Kind, int? Approval, string? Grade, string? Reason, string? CreatedBy, DateTimeOffset CreatedAt);

    public sealed record HistoryView(DateTimeOffset At, string? UserName, string Action, string Summary);

    public sealed record TaskView(long Id, string Name, int? Year, string Status, string StatusName, DateTimeOffset? Since, int Errors);

    public sealed record TaskListView(IReadOnlyList<TaskView> Items, IReadOnlyDictionary<string, int> Counts, int Total);

    internal static async Task<Results<Ok<WorkflowView>, NotFound<ProblemDetails>>> GetWorkflow(JixiaoDbContext db, CurrentUser user, long id, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var sheet = await scope.Apply(db.Sheets.AsNoTracking()).Where(s => s.Id == id)
            .Select(s => new { s.Status, s.ReviewGrade, s.AdjustmentReason, s.Version }).SingleOrDefaultAsync(ct);
        if (sheet is null)
        {
            return SheetsApi.NotFound(id);
        }

        var role = (await user.RoleAsync())!.Value;
        var openErrors = await SheetWorkflow.OpenErrorsAsync(db, id, ct);
        GradeProposal? proposal = null;
        if (role != Role.UnitFiller && (await SheetStore.LoadAsync(db, scope, id, ct)).Value is { } stored)
        {
            proposal = await ProposeAsync(db, id, stored.Sheet, ct);
        }

        var comments = (await SheetNotes.CommentsAsync(db, id, ct))
            .Select(c => new CommentView(c.Id, c.RowKey, c.Text, c.UserName, WorkflowNames.Of(c.Status), c.VersionNumber, c.CreatedAt)).ToList();
        var overrides = (await SheetNotes.OverridesAsync(db, id, ct)).Select(o => new OverrideView(o.RuleId, o.Place, o.Reason, o.UserName, o.CreatedAt)).ToList();
        var versions = await db.SheetVersions.AsNoTracking().Where(v => v.SheetId == id).OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.Kind, v.Approval, v.Grade, v.Reason, v.CreatedBy, v.CreatedAt }).ToListAsync(ct);
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.SheetId == id).OrderByDescending(a => a.Id).Take(200)
            .Select(a => new HistoryView(a.At, a.UserName, a.Action, a.Summary)).ToListAsync(ct);
        return TypedResults.Ok(new WorkflowView(
            id, WorkflowNames.Code(sheet.Status), WorkflowNames.Of(sheet.Status), sheet.ReviewGrade?.ToString().ToLowerInvariant(), sheet.ReviewGrade is { } g ? WorkflowNames.Of(g) : null,
            sheet.AdjustmentReason, sheet.Version, [.. Workflow.Available(sheet.Status, role).Select(WorkflowNames.Code)], openErrors, proposal, comments, overrides,
            [.. versions.Select(v => new VersionView(v.Number, v.Kind == SheetVersionKind.Approved ? "approved" : "submitted", v.Approval, v.Grade is { } vg ? WorkflowNames.Of(vg) : null, v.Reason, v.CreatedBy, v.CreatedAt))],
            history));
    }

    /// <summary>The proposed 审核结果 from the sheet's review, without the findings a reviewer let pass.</summary>
    internal static async Task<GradeProposal> ProposeAsync(JixiaoDbContext db, long id, Core.Targets.TargetSheet sheet, CancellationToken ct)
    {
        var overridden = await SheetNotes.OverriddenAsync(db, id, ct);
        var open = RuleEngine.Default.Review(sheet).Where(f => !overridden.Contains((f.RuleId, f.Position.ToString())));
        return GradeProposals.Propose(sheet, open);
    }

    internal static async Task<Results<Created<CommentView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> Comment(
        JixiaoDbContext db, CurrentUser user, long id, CommentRequest request, CancellationToken ct)
    {
        var result = await SheetNotes.CommentAsync(db, (await user.ActorAsync())!, await user.ScopeAsync(ct), id, request.Row ?? "", request.Text ?? "", ct);
        if (result.Error is { } error)
        {
            return error.Code switch
            {
                DataErrorCode.NotFound => SheetsApi.NotFound(id),
                DataErrorCode.Invalid => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [error.MessageZh] }, title: "意见有误"),
                _ => Refused(error),
            };
        }

        var c = result.Value!;
        return TypedResults.Created($"/api/sheets/{id}/workflow", new CommentView(c.Id, c.RowKey, c.Text, c.UserName, WorkflowNames.Of(c.Status), c.VersionNumber, c.CreatedAt));
    }

    internal static async Task<Results<Created<OverrideView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> Override(
        JixiaoDbContext db, CurrentUser user, long id, OverrideRequest request, CancellationToken ct)
    {
        var result = await SheetNotes.OverrideAsync(db, (await user.ActorAsync())!, await user.ScopeAsync(ct), id, request.RuleId ?? "", request.Place ?? "", request.Reason ?? "", ct);
        if (result.Error is { } error)
        {
            return error.Code switch
            {
                DataErrorCode.Invalid => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [error.MessageZh] }, title: "放行理由有误"),
                DataErrorCode.NotFound => TypedResults.Problem(error.MessageZh, statusCode: StatusCodes.Status404NotFound, title: "找不到该审核意见"),
                _ => Refused(error),
            };
        }

        var o = result.Value!;
        return TypedResults.Created($"/api/sheets/{id}/workflow", new OverrideView(o.RuleId, o.Place, o.Reason, o.UserName, o.CreatedAt));
    }

    internal static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>>> GetVersion(JixiaoDbContext db, CurrentUser user, long id, int number, CancellationToken ct)
    {
        var sheet = await SheetVersionReads.ReadAsync(db, await user.ScopeAsync(ct), id, number.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        return sheet is null ? SheetsApi.NotFound(id) : TypedResults.Text(ImportJson.SheetToJson(sheet, id, number), "application/json; charset=utf-8");
    }

    internal static async Task<Results<Ok<SheetDiff>, NotFound<ProblemDetails>, ValidationProblem>> Diff(
        JixiaoDbContext db, CurrentUser user, long id, string? from, string? to, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var before = from is null ? null : await SheetVersionReads.ReadAsync(db, scope, id, from, ct);
        var after = await SheetVersionReads.ReadAsync(db, scope, id, to ?? "current", ct);
        if (before is null || after is null)
        {
            return from is null
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["请给出要比较的版本号（from），to 不填则与当前稿比较"] }, title: "参数有误")
                : SheetsApi.NotFound(id);
        }

        return TypedResults.Ok(SheetDiff.Compare(before, after));
    }

    internal static async Task<Ok<TaskListView>> Tasks(JixiaoDbContext db, CurrentUser user, CancellationToken ct)
    {
        var (items, counts) = await TaskList.ForAsync(db, (await user.RoleAsync())!.Value, await user.ScopeAsync(ct), ct: ct);
        return TypedResults.Ok(new TaskListView(
            [.. items.Select(i => new TaskView(i.Id, Components.Sheets.SheetNames.Of(i.Kind, i.ProjectName, i.Department), i.FiscalYear, WorkflowNames.Code(i.Status), WorkflowNames.Of(i.Status), i.Since, i.Errors))],
            counts.ToDictionary(c => WorkflowNames.Code(c.Key), c => c.Value), counts.Values.Sum()));
    }

    internal static async Task<Results<NoContent, NotFound<ProblemDetails>, ProblemHttpResult>> DeleteDocument(JixiaoDbContext db, CurrentUser user, long id, CancellationToken ct)
    {
        var result = await DocumentDeletion.DeleteAsync(db, (await user.ActorAsync())!, await user.ScopeAsync(ct), id, ct);
        if (result.Error is { } error)
        {
            return error.Code == DataErrorCode.NotFound
                ? TypedResults.NotFound(new ProblemDetails { Title = "找不到文档", Detail = error.MessageZh, Status = StatusCodes.Status404NotFound })
                : Refused(error);
        }

        return TypedResults.NoContent();
    }
}
