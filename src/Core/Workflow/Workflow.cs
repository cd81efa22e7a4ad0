namespace Jixiao.Core.Workflow;

/// <summary>What someone asks of the workflow: the step, by whom (their role), and what the step needs.</summary>
/// <param name="OpenErrors">Error findings of the sheet's review that no reviewer has marked 不适用 with a reason.</param>
public sealed record WorkflowRequest(WorkflowAction Action, Role Role, ReviewGrade? Grade = null, string? Comment = null, int OpenErrors = 0);

/// <summary>A refused step: a precise code for machines and a Chinese message for people.</summary>
public sealed record WorkflowRefusal(string Code, string MessageZh);

/// <summary>The outcome of a step: the state it leads to, or why it is refused.</summary>
public sealed record WorkflowDecision(SheetStatus? To, WorkflowRefusal? Refusal)
{
    public bool Allowed => To is not null;

    public static WorkflowDecision Go(SheetStatus to) => new(to, null);

    public static WorkflowDecision Refuse(string code, string message) => new(null, new WorkflowRefusal(code, message));
}

/// <summary>
/// The life cycle of a target sheet as a state machine (domain §1): 草稿 → 已提交 → 主管部门审核 (退回 |
/// 通过) → 财政审核 (退回 | 通过 with 优/良/中/差; 中 and 差 go back) → 已批复 → 已公开, and 调整 from an
/// approved sheet back to a draft that is reviewed again. Pure: whether the person may act on this
/// particular sheet (its scope) is decided before, by the caller.
/// </summary>
public static class Workflow
{
    public const string WrongStateCode = "WORKFLOW-WRONG-STATE";
    public const string WrongRoleCode = "WORKFLOW-FORBIDDEN";
    public const string OpenErrorsCode = "WORKFLOW-OPEN-ERRORS";
    public const string CommentRequiredCode = "WORKFLOW-COMMENT-REQUIRED";
    public const string GradeRequiredCode = "WORKFLOW-GRADE-REQUIRED";

    /// <summary>Whether a sheet in <paramref name="status"/> may be edited directly (only drafts and returned sheets).</summary>
    public static bool IsEditable(SheetStatus status) => status is SheetStatus.Draft or SheetStatus.Returned;

    /// <summary>Whether the sheet is frozen as an approved version (批复 or 公开).</summary>
    public static bool IsApproved(SheetStatus status) => status is SheetStatus.Approved or SheetStatus.Published;

    /// <summary>The roles that may take <paramref name="action"/> on a sheet in <paramref name="status"/> (empty: the step does not exist there).</summary>
    public static IReadOnlyList<Role> Actors(SheetStatus status, WorkflowAction action) => (status, action) switch
    {
        (SheetStatus.Draft or SheetStatus.Returned, WorkflowAction.Submit) => [Role.UnitFiller, Role.Administrator],
        (SheetStatus.Submitted, WorkflowAction.Withdraw) => [Role.UnitFiller, Role.Administrator],
        (SheetStatus.Submitted, WorkflowAction.Pass or WorkflowAction.Return) => [Role.DepartmentReviewer, Role.Administrator],
        (SheetStatus.DepartmentApproved, WorkflowAction.Pass or WorkflowAction.Return) => [Role.FinanceReviewer, Role.Administrator],
        (SheetStatus.Approved, WorkflowAction.Publish) => [Role.DepartmentReviewer, Role.FinanceReviewer, Role.Administrator],
        (SheetStatus.Approved or SheetStatus.Published, WorkflowAction.Adjust) => [Role.UnitFiller, Role.Administrator],
        _ => [],
    };

    /// <summary>The steps <paramref name="role"/> may take on a sheet in <paramref name="status"/>, in the order a page offers them.</summary>
    public static IReadOnlyList<WorkflowAction> Available(SheetStatus status, Role role) =>
        [.. Enum.GetValues<WorkflowAction>().Where(a => Actors(status, a).Contains(role))];

    public static WorkflowDecision Decide(SheetStatus status, WorkflowRequest request)
    {
        var actors = Actors(status, request.Action);
        var step = WorkflowNames.Of(request.Action);
        if (actors.Count == 0)
        {
            return WorkflowDecision.Refuse(WrongStateCode, $"目标表当前状态为“{WorkflowNames.Of(status)}”，不能{step}");
        }

        if (!actors.Contains(request.Role))
        {
            var who = string.Join("、", actors.Where(r => r != Role.Administrator).Select(WorkflowNames.Of));
            return WorkflowDecision.Refuse(WrongRoleCode, $"“{WorkflowNames.Of(status)}”的目标表只能由{who}{step}，您的角色是{WorkflowNames.Of(request.Role)}");
        }

        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment;
        return (status, request.Action) switch
        {
            (_, WorkflowAction.Submit) when request.OpenErrors > 0 => WorkflowDecision.Refuse(OpenErrorsCode,
                $"目标表还有 {request.OpenErrors} 条错误级审核意见：请改正，或请审核人逐条说明理由后标记为“不适用”，再提交"),
            (_, WorkflowAction.Submit) => WorkflowDecision.Go(SheetStatus.Submitted),
            (_, WorkflowAction.Withdraw) => WorkflowDecision.Go(SheetStatus.Draft),
            (_, WorkflowAction.Return) when comment is null => WorkflowDecision.Refuse(CommentRequiredCode, "退回时请写明退回意见，告诉填报单位要改什么"),
            (_, WorkflowAction.Return) => WorkflowDecision.Go(SheetStatus.Returned),
            (SheetStatus.Submitted, WorkflowAction.Pass) => WorkflowDecision.Go(SheetStatus.DepartmentApproved),
            (SheetStatus.DepartmentApproved, WorkflowAction.Pass) => FinancePass(request.Grade, comment),
            (_, WorkflowAction.Publish) => WorkflowDecision.Go(SheetStatus.Published),
            (_, WorkflowAction.Adjust) when comment is null => WorkflowDecision.Refuse(CommentRequiredCode, "调整须写明调整原因（如预算调整的文号与内容）"),
            (_, WorkflowAction.Adjust) => WorkflowDecision.Go(SheetStatus.Draft),
            _ => WorkflowDecision.Refuse(WrongStateCode, $"目标表当前状态为“{WorkflowNames.Of(status)}”，不能{step}"),
        };
    }

    /// <summary>财政审核: 优 and 良 are approved; 中 and 差 go back to the unit, with the reviewer's comment.</summary>
    private static WorkflowDecision FinancePass(ReviewGrade? grade, string? comment) => grade switch
    {
        null => WorkflowDecision.Refuse(GradeRequiredCode, "财政审核通过时请给出审核结果（优、良、中、差）"),
        ReviewGrade.Excellent or ReviewGrade.Good => WorkflowDecision.Go(SheetStatus.Approved),
        _ when comment is null => WorkflowDecision.Refuse(CommentRequiredCode, $"审核结果为“{WorkflowNames.Of(grade.Value)}”的目标表退回修改，请写明修改意见"),
        _ => WorkflowDecision.Go(SheetStatus.Returned),
    };
}
