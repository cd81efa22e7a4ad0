namespace Jixiao.Core.Workflow;

/// <summary>
/// Where a target sheet stands in its year (domain §1): 编制 → 审核 (主管部门, then 财政) → 批复 → 公开.
/// Stored by name; <see cref="WorkflowNames"/> gives the Chinese.
/// </summary>
public enum SheetStatus
{
    /// <summary>草稿: the unit fills it in (also an adjustment before it is submitted).</summary>
    Draft,

    /// <summary>已提交: waits for the 主管部门's review.</summary>
    Submitted,

    /// <summary>主管部门已审核: waits for the finance bureau's review.</summary>
    DepartmentApproved,

    /// <summary>已退回: back with the unit for revision (a reviewer's return, or a 中/差 审核结果).</summary>
    Returned,

    /// <summary>已批复: frozen as a numbered version and issued with the budget.</summary>
    Approved,

    /// <summary>已公开: the approved version is on the public portal.</summary>
    Published,
}

/// <summary>审核结果 of the finance review (财预〔2015〕88号): 优 and 良 go on to 批复, 中 and 差 go back.</summary>
public enum ReviewGrade
{
    Excellent,
    Good,
    Fair,
    Poor,
}

/// <summary>The roles of domain §1, each scoped to a part of the organisation tree (see <c>Access</c> in Data).</summary>
public enum Role
{
    /// <summary>单位填报: edits and submits its own unit's sheets.</summary>
    UnitFiller,

    /// <summary>主管部门审核: reviews the sheets of the units under its department.</summary>
    DepartmentReviewer,

    /// <summary>财政审核: reviews every department's sheets of its region; approves and publishes.</summary>
    FinanceReviewer,

    /// <summary>管理员: users, regions and rule sets; may do anything.</summary>
    Administrator,
}

/// <summary>A step of the workflow someone asks for.</summary>
public enum WorkflowAction
{
    /// <summary>提交 (or 重新提交 after a return).</summary>
    Submit,

    /// <summary>撤回: the unit takes a submission back before anyone reviewed it.</summary>
    Withdraw,

    /// <summary>通过: the reviewer of the current stage passes it (财政 with a 审核结果).</summary>
    Pass,

    /// <summary>退回: the reviewer of the current stage sends it back with a comment.</summary>
    Return,

    /// <summary>公开: an approved sheet goes on the portal.</summary>
    Publish,

    /// <summary>调整: a new draft from the approved version, with a reason, reviewed again.</summary>
    Adjust,
}
