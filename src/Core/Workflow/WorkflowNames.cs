namespace Jixiao.Core.Workflow;

/// <summary>The Chinese names of the workflow's states, grades, roles and actions, and their codes in the API.</summary>
public static class WorkflowNames
{
    public static string Of(SheetStatus status) => status switch
    {
        SheetStatus.Draft => "草稿",
        SheetStatus.Submitted => "待主管部门审核",
        SheetStatus.DepartmentApproved => "待财政审核",
        SheetStatus.Returned => "已退回",
        SheetStatus.Approved => "已批复",
        SheetStatus.Published => "已公开",
        _ => status.ToString(),
    };

    public static string Of(ReviewGrade grade) => grade switch
    {
        ReviewGrade.Excellent => "优",
        ReviewGrade.Good => "良",
        ReviewGrade.Fair => "中",
        ReviewGrade.Poor => "差",
        _ => grade.ToString(),
    };

    public static string Of(Role role) => role switch
    {
        Role.UnitFiller => "单位填报",
        Role.DepartmentReviewer => "主管部门审核",
        Role.FinanceReviewer => "财政审核",
        Role.Administrator => "管理员",
        _ => role.ToString(),
    };

    public static string Of(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "提交",
        WorkflowAction.Withdraw => "撤回",
        WorkflowAction.Pass => "审核通过",
        WorkflowAction.Return => "退回",
        WorkflowAction.Publish => "公开",
        WorkflowAction.Adjust => "调整",
        _ => action.ToString(),
    };

    /// <summary>A grade from 优/良/中/差 or its English name (any case); null when it is neither.</summary>
    public static ReviewGrade? ParseGrade(string? text) => text?.Trim() switch
    {
        "优" => ReviewGrade.Excellent,
        "良" => ReviewGrade.Good,
        "中" => ReviewGrade.Fair,
        "差" => ReviewGrade.Poor,
        { Length: > 0 } other when char.IsAsciiLetter(other[0]) && Enum.TryParse<ReviewGrade>(other, ignoreCase: true, out var grade) => grade,
        _ => null,
    };

    /// <summary>An action from its API code (submit, withdraw, pass, return, publish, adjust); null when unknown.</summary>
    public static WorkflowAction? ParseAction(string? text) =>
        text?.Trim() is { Length: > 0 } code && char.IsAsciiLetter(code[0]) && Enum.TryParse<WorkflowAction>(code, ignoreCase: true, out var action) ? action : null;

    public static string Code(WorkflowAction action) => action.ToString().ToLowerInvariant();

    public static string Code(SheetStatus status) => status switch
    {
        SheetStatus.DepartmentApproved => "departmentApproved",
        _ => status.ToString().ToLowerInvariant(),
    };
}
