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
        IReadOnlyList<CommentView> Comments, IReadOnlyList<MarkView> Marks, string RuleSet, IReadOnlyList<VersionView> Versions, IReadOnlyList<HistoryView> History);

    public sealed record CommentView(long Id, string Row, string Text, string UserName, string Stage, int? Version, DateTimeOffset At);

    /// <summary>A mark on a finding; <paramref name="Applies"/> whether a finding of the sheet's review (its region's rule set) has it now.</summary>
    public sealed record MarkView(long Id, string RuleId, string Cause, string? Rows, string Position, string Status, string StatusName, string Reason, string UserName, DateTimeOffset At, bool Applies);

    public sealed record VersionView(int Number, string Kind, int? Approval, string? Grade, string? Reason, string? CreatedBy, DateTimeOffset CreatedAt);

    public sealed record HistoryView(DateTimeOffset At, string? UserName, string Action, string Summary);

    public sealed record TaskView(long Id, string Name, int? Year, string Status, string StatusName, DateTimeOffset? Since, int Errors);

    public sealed record TaskListView(IReadOnlyList<TaskView> Items, IReadOnlyDictionary<string, int> Counts, int Total);

    internal static async Task<Results<Ok<WorkflowView>, NotFound<ProblemDetails>>> GetWorkflow(JixiaoDbContext db, CurrentUser user, Sheets.RuleSetChoice ruleSets, long id, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var sheet = await scope.Apply(db.Sheets.AsNoTracking()).Where(s => s.Id == id)
            .Select(s => new { s.Status, s.ReviewGrade, s.AdjustmentReason, s.Version }).SingleOrDefaultAsync(ct);
        if (sheet is null)
        {
            return SheetsApi.NotFound(id);
        }

        var role = (await user.RoleAsync())!.Value;
        if ((await SheetStore.LoadAsync(db, scope, id, ct)).Value is not { } stored)
        {
            return SheetsApi.NotFound(id);
        }

        // One review by the region's rule set: what blocks submission, the proposal, and which marks apply.
        var rules = await ruleSets.ForSheetAsync(db, id, ct);
        var review = await SheetReviews.ReviewAsync(db, rules.Engine, stored, ct);
        var marks = await SheetMarks.ListAsync(db, id, ct);
        var standing = SheetMarks.Standing(review, marks);
        var openErrors = standing.Count(f => f.Severity == Severity.Error);
        var proposal = role == Role.UnitFiller ? null : GradeProposals.Propose(stored.Sheet, standing);
        var applying = SheetMarks.Match(review, marks).Values.ToHashSet();

        var comments = (await SheetNotes.CommentsAsync(db, id, ct))
            .Select(c => new CommentView(c.Id, c.RowKey, c.Text, c.UserName, WorkflowNames.Of(c.Status), c.VersionNumber, c.CreatedAt)).ToList();
        var versions = await db.SheetVersions.AsNoTracking().Where(v => v.SheetId == id).OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.Kind, v.Approval, v.Grade, v.Reason, v.CreatedBy, v.CreatedAt }).ToListAsync(ct);
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.SheetId == id).OrderByDescending(a => a.Id).Take(200)
            .Select(a => new HistoryView(a.At, a.UserName, a.Action, a.Summary)).ToListAsync(ct);
        return TypedResults.Ok(new WorkflowView(
            id, WorkflowNames.Code(sheet.Status), WorkflowNames.Of(sheet.Status), sheet.ReviewGrade?.ToString().ToLowerInvariant(), sheet.ReviewGrade is { } g ? WorkflowNames.Of(g) : null,
            sheet.AdjustmentReason, sheet.Version, [.. Workflow.Available(sheet.Status, role).Select(WorkflowNames.Code)], openErrors, proposal, comments,
            [.. marks.Select(m => View(m, applying.Contains(m)))], rules.Name,
            [.. versions.Select(v => new VersionView(v.Number, v.Kind == SheetVersionKind.Approved ? "approved" : "submitted", v.Approval, v.Grade is { } vg ? WorkflowNames.Of(vg) : null, v.Reason, v.CreatedBy, v.CreatedAt))],
            history));
    }

    internal static MarkView View(FindingMarkEntity m, bool applies) =>
        new(m.Id, m.RuleId, m.Cause, m.RowKey, m.Position, MarkNames.Code(m.Status), MarkNames.Of(m.Status), m.Reason, m.UserName, m.MarkedAt, applies);

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

    internal static async Task<Results<Created<MarkView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> Mark(
        JixiaoDbContext db, CurrentUser user, Sheets.RuleSetChoice ruleSets, long id, MarkRequest request, CancellationToken ct)
    {
        if (MarkNames.Parse(request.Status) is not { } status)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["标记应为 verified（已核实）或 not-applicable（不适用）"] },
                title: "标记有误", extensions: new Dictionary<string, object?> { ["code"] = "MARK-STATUS-INVALID" });
        }

        var scope = await user.ScopeAsync(ct);
        if ((await SheetStore.LoadAsync(db, scope, id, ct)).Value is not { } stored)
        {
            return SheetsApi.NotFound(id);
        }

        // The finding as the reviewer sees it: the region's rule set, or the one the page was showing.
        var engine = request.Rules is null ? (await ruleSets.ForSheetAsync(db, id, ct)).Engine : ruleSets.Engine(request.Rules);
        var finding = (await SheetReviews.ReviewAsync(db, engine, stored, ct)).FirstOrDefault(f => f.RuleId == request.RuleId && f.Position.ToString() == (request.Place ?? "")
            && (request.Cause is null || (f.Cause ?? "") == request.Cause));
        if (finding is null)
        {
            return TypedResults.Problem($"目标表没有位于 {request.Place} 的审核意见 {request.RuleId}", statusCode: StatusCodes.Status404NotFound, title: "找不到该审核意见",
                extensions: new Dictionary<string, object?> { ["code"] = "MARK-FINDING-NOT-FOUND" });
        }

        var result = await SheetMarks.MarkAsync(db, (await user.ActorAsync())!, scope, id, finding, status, request.Reason, ct);
        if (result.Error is { } error)
        {
            return error.Code switch
            {
                DataErrorCode.Invalid => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [error.MessageZh] }, title: "标记须说明理由",
                    extensions: new Dictionary<string, object?> { ["code"] = error.CodeText }),
                DataErrorCode.NotFound => SheetsApi.NotFound(id),
                _ => Refused(error),
            };
        }

        return TypedResults.Created($"/api/sheets/{id}/workflow", View(result.Value!, applies: true));
    }

    internal static async Task<Results<NoContent, NotFound<ProblemDetails>, ProblemHttpResult>> Unmark(JixiaoDbContext db, CurrentUser user, long id, long markId, CancellationToken ct)
    {
        var result = await SheetMarks.RemoveAsync(db, (await user.ActorAsync())!, await user.ScopeAsync(ct), id, markId, ct);
        if (result.Error is { } error)
        {
            return error.Code == DataErrorCode.NotFound
                ? TypedResults.NotFound(new ProblemDetails { Title = "找不到该标记", Detail = error.MessageZh, Status = StatusCodes.Status404NotFound, Extensions = { ["code"] = error.CodeText } })
                : Refused(error);
        }

        return TypedResults.NoContent();
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
