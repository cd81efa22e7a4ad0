using Jixiao.Core.Workflow;
using Jixiao.Data;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Api;

/// <summary>
/// The workflow of a sheet over HTTP: its state and what the caller may do, steps one by one or in a
/// batch, row comments, reviewers' marks on findings (已核实 / 不适用), frozen versions and their diff, 待办, and deleting
/// a wrongly imported draft. Who may act is decided by <see cref="Workflow"/> and the caller's scope.
/// </summary>
public static partial class WorkflowApi
{
    public static IEndpointRouteBuilder MapWorkflowApi(this IEndpointRouteBuilder app)
    {
        var sheets = app.MapGroup("/api/sheets").WithTags("审核流程");
        sheets.MapGet("/{id:long}/workflow", GetWorkflow).WithName(nameof(GetWorkflow)).WithSummary("目标表的流程状态、可执行的操作、建议审核结果、审核意见标记、行意见、版本与记录");
        sheets.MapPost("/{id:long}/actions", Act).WithName(nameof(Act)).WithSummary("执行流程操作：submit | withdraw | pass | return | publish | adjust（附 grade、comment、version）");
        sheets.MapPost("/actions", ActMany).WithName(nameof(ActMany)).WithSummary("批量执行流程操作（ids 与同一操作）").RequireAuthorization(Policies.Review);
        sheets.MapPost("/{id:long}/comments", Comment).WithName(nameof(Comment)).WithSummary("对一行指标提出意见（row：一级 / 二级 / 三级指标）");
        sheets.MapPost("/{id:long}/marks", Mark).WithName(nameof(Mark))
            .WithSummary("审核人标记一条审核意见：已核实（verified）或不适用（not-applicable），须说明理由；ruleId、place（位置）、cause（可选）定位该意见")
            .RequireAuthorization(Policies.Review);
        sheets.MapDelete("/{id:long}/marks/{markId:long}", Unmark).WithName(nameof(Unmark)).WithSummary("撤销审核意见的标记").RequireAuthorization(Policies.Review);
        sheets.MapGet("/{id:long}/versions/{number:int}", GetVersion).WithName(nameof(GetVersion)).WithSummary("留存的某一版（导入契约的字段）");
        sheets.MapGet("/{id:long}/diff", Diff).WithName(nameof(Diff)).WithSummary("两版之间的差异：from、to 为版本号，current 为当前稿");
        app.MapGet("/api/tasks", Tasks).WithTags("审核流程").WithName(nameof(Tasks)).WithSummary("待办：等待我处理的目标表及各状态的数量");
        app.MapDelete("/api/documents/{id:long}", DeleteDocument).WithTags("审核流程").WithName(nameof(DeleteDocument))
            .WithSummary("删除误导入的文档（仅草稿，填报单位本身或管理员）").RequireAuthorization(Policies.Edit);
        return app;
    }

    public sealed record ActionRequest(string? Action, string? Grade, string? Comment, int? Version);

    public sealed record BatchRequest(IReadOnlyList<long>? Ids, string? Action, string? Grade, string? Comment);

    public sealed record ActionDone(long Id, string Status, string StatusName, int Version, int? FrozenVersion, int? Approval);

    public sealed record BatchItem(long Id, bool Done, string? Status, string? Code, string? Message);

    public sealed record CommentRequest(string? Row, string? Text);

    public sealed record MarkRequest(string? RuleId, string? Place, string? Cause, string? Status, string? Reason, string? Rules);

    internal static async Task<Results<Ok<ActionDone>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> Act(
        JixiaoDbContext db, CurrentUser user, Sheets.RuleSetChoice ruleSets, long id, ActionRequest request, CancellationToken ct)
    {
        if (Parse(request.Action, request.Grade, out var step) is { } invalid)
        {
            return invalid;
        }

        var result = await SheetWorkflow.ActAsync(db, (await user.ActorAsync())!, await user.ScopeAsync(ct), id, step! with { Comment = request.Comment, ExpectedVersion = request.Version, Rules = (await ruleSets.ForSheetAsync(db, id, ct)).Engine }, ct);
        if (result.Error is { } error)
        {
            return error.Code == DataErrorCode.NotFound ? SheetsApi.NotFound(id) : Refused(error);
        }

        var done = result.Value!;
        return TypedResults.Ok(new ActionDone(id, WorkflowNames.Code(done.To), WorkflowNames.Of(done.To), done.Version, done.FrozenVersion, done.Approval));
    }

    internal static async Task<Results<Ok<IReadOnlyList<BatchItem>>, ValidationProblem>> ActMany(JixiaoDbContext db, CurrentUser user, Sheets.RuleSetChoice ruleSets, BatchRequest request, CancellationToken ct)
    {
        if (request.Ids is not { Count: > 0 and <= 500 } ids)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ids"] = ["请给出 1 至 500 张目标表的编号"] }, title: "参数有误");
        }

        if (Parse(request.Action, request.Grade, out var step) is { } invalid)
        {
            return invalid;
        }

        var actor = (await user.ActorAsync())!;
        var scope = await user.ScopeAsync(ct);
        var items = new List<BatchItem>();
        foreach (var id in ids.Distinct())
        {
            // Each sheet in its own transaction: one refused does not hold back the others.
            db.ChangeTracker.Clear();
            var result = await SheetWorkflow.ActAsync(db, actor, scope, id, step! with { Comment = request.Comment, Rules = (await ruleSets.ForSheetAsync(db, id, ct)).Engine }, ct);
            items.Add(result.Error is { } error
                ? new BatchItem(id, false, null, error.CodeText, error.MessageZh)
                : new BatchItem(id, true, WorkflowNames.Code(result.Value!.To), null, null));
        }

        return TypedResults.Ok<IReadOnlyList<BatchItem>>(items);
    }

    private static ValidationProblem? Parse(string? action, string? grade, out WorkflowStep? step)
    {
        step = null;
        var errors = new Dictionary<string, string[]>();
        var parsed = WorkflowNames.ParseAction(action);
        if (parsed is null)
        {
            errors["action"] = ["操作应为 submit、withdraw、pass、return、publish 或 adjust"];
        }

        var parsedGrade = WorkflowNames.ParseGrade(grade);
        if (!string.IsNullOrWhiteSpace(grade) && parsedGrade is null)
        {
            errors["grade"] = ["审核结果应为 优、良、中、差（或 excellent、good、fair、poor）"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "流程操作参数有误", extensions: new Dictionary<string, object?> { ["code"] = "WORKFLOW-INVALID" });
        }

        step = new WorkflowStep(parsed!.Value, parsedGrade);
        return null;
    }

    /// <summary>A refused step: 403 when the caller's role may not take it, 400 for bad input, else 409 (the sheet's state, a race).</summary>
    internal static ProblemHttpResult Refused(DataError error)
    {
        var status = error.CodeText == Workflow.WrongRoleCode || error.Code == DataErrorCode.Forbidden ? StatusCodes.Status403Forbidden
            : error.Code == DataErrorCode.Invalid ? StatusCodes.Status400BadRequest
            : StatusCodes.Status409Conflict;
        return TypedResults.Problem(error.MessageZh, statusCode: status,
            title: error.Code == DataErrorCode.ConcurrencyConflict ? "已被他人处理，请刷新" : "不能执行该操作",
            type: "https://jixiao.example/problems/workflow", extensions: new Dictionary<string, object?> { ["code"] = error.CodeText });
    }
}
