using Jixiao.Core.Workflow;

namespace Jixiao.Core.Tests.Workflow;

using Workflow = Jixiao.Core.Workflow.Workflow;

public sealed class WorkflowTests
{
    /// <summary>Every step that exists, from domain §1: (from, action, role with a grade where needed) → to.</summary>
    public static TheoryData<SheetStatus, WorkflowAction, Role, ReviewGrade?, SheetStatus> Allowed => new()
    {
        { SheetStatus.Draft, WorkflowAction.Submit, Role.UnitFiller, null, SheetStatus.Submitted },
        { SheetStatus.Returned, WorkflowAction.Submit, Role.UnitFiller, null, SheetStatus.Submitted },
        { SheetStatus.Submitted, WorkflowAction.Withdraw, Role.UnitFiller, null, SheetStatus.Draft },
        { SheetStatus.Submitted, WorkflowAction.Pass, Role.DepartmentReviewer, null, SheetStatus.DepartmentApproved },
        { SheetStatus.Submitted, WorkflowAction.Return, Role.DepartmentReviewer, null, SheetStatus.Returned },
        { SheetStatus.DepartmentApproved, WorkflowAction.Pass, Role.FinanceReviewer, ReviewGrade.Excellent, SheetStatus.Approved },
        { SheetStatus.DepartmentApproved, WorkflowAction.Pass, Role.FinanceReviewer, ReviewGrade.Good, SheetStatus.Approved },
        { SheetStatus.DepartmentApproved, WorkflowAction.Pass, Role.FinanceReviewer, ReviewGrade.Fair, SheetStatus.Returned },
        { SheetStatus.DepartmentApproved, WorkflowAction.Pass, Role.FinanceReviewer, ReviewGrade.Poor, SheetStatus.Returned },
        { SheetStatus.DepartmentApproved, WorkflowAction.Return, Role.FinanceReviewer, null, SheetStatus.Returned },
        { SheetStatus.Approved, WorkflowAction.Publish, Role.FinanceReviewer, null, SheetStatus.Published },
        { SheetStatus.Approved, WorkflowAction.Publish, Role.DepartmentReviewer, null, SheetStatus.Published },
        { SheetStatus.Approved, WorkflowAction.Adjust, Role.UnitFiller, null, SheetStatus.Draft },
        { SheetStatus.Published, WorkflowAction.Adjust, Role.UnitFiller, null, SheetStatus.Draft },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Decide_StepThatExists_LeadsToItsState(SheetStatus from, WorkflowAction action, Role role, ReviewGrade? grade, SheetStatus to)
    {
        var decision = Workflow.Decide(from, new WorkflowRequest(action, role, grade, "意见"));
        var asAdministrator = Workflow.Decide(from, new WorkflowRequest(action, Role.Administrator, grade, "意见"));

        Assert.Equal(to, decision.To);
        Assert.Equal(to, asAdministrator.To);
    }

    [Fact]
    public void Decide_EveryOtherStateActionAndRole_RefusedWithACode()
    {
        var allowed = Allowed.Select(row => row.Data).Select(d => (d.Item1, d.Item2, d.Item3)).ToHashSet();
        var refused = 0;
        foreach (var status in Enum.GetValues<SheetStatus>())
        {
            foreach (var action in Enum.GetValues<WorkflowAction>())
            {
                foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.Administrator))
                {
                    if (allowed.Contains((status, action, role)))
                    {
                        continue;
                    }

                    var decision = Workflow.Decide(status, new WorkflowRequest(action, role, ReviewGrade.Good, "意见"));
                    Assert.False(decision.Allowed, $"{status} {action} {role}");
                    Assert.Contains(decision.Refusal!.Code, new[] { Workflow.WrongStateCode, Workflow.WrongRoleCode });
                    Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", decision.Refusal.MessageZh);
                    refused++;
                }
            }
        }

        Assert.True(refused > 50, $"only {refused} refusals checked");
    }

    [Theory]
    [InlineData(SheetStatus.Submitted, WorkflowAction.Return)]
    [InlineData(SheetStatus.DepartmentApproved, WorkflowAction.Return)]
    [InlineData(SheetStatus.Approved, WorkflowAction.Adjust)]
    public void Decide_ReturnOrAdjustWithoutAComment_Refused(SheetStatus from, WorkflowAction action)
    {
        var decision = Workflow.Decide(from, new WorkflowRequest(action, Role.Administrator, Comment: "  "));

        Assert.Equal(Workflow.CommentRequiredCode, decision.Refusal?.Code);
    }

    [Fact]
    public void Decide_FinancePassWithoutGrade_Refused()
    {
        var decision = Workflow.Decide(SheetStatus.DepartmentApproved, new WorkflowRequest(WorkflowAction.Pass, Role.FinanceReviewer));

        Assert.Equal(Workflow.GradeRequiredCode, decision.Refusal?.Code);
    }

    [Fact]
    public void Decide_FairGradeWithoutComment_RefusedBecauseTheUnitMustKnowWhatToFix()
    {
        var decision = Workflow.Decide(SheetStatus.DepartmentApproved, new WorkflowRequest(WorkflowAction.Pass, Role.FinanceReviewer, ReviewGrade.Fair));

        Assert.Equal(Workflow.CommentRequiredCode, decision.Refusal?.Code);
    }

    [Fact]
    public void Decide_SubmitWithOpenErrors_RefusedSayingHowMany()
    {
        var decision = Workflow.Decide(SheetStatus.Draft, new WorkflowRequest(WorkflowAction.Submit, Role.UnitFiller, OpenErrors: 3));

        Assert.Equal(Workflow.OpenErrorsCode, decision.Refusal?.Code);
        Assert.Contains("3 条错误", decision.Refusal!.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SheetStatus.Draft, true)]
    [InlineData(SheetStatus.Returned, true)]
    [InlineData(SheetStatus.Submitted, false)]
    [InlineData(SheetStatus.DepartmentApproved, false)]
    [InlineData(SheetStatus.Approved, false)]
    [InlineData(SheetStatus.Published, false)]
    public void IsEditable_ByState_OnlyDraftsAndReturnedSheets(SheetStatus status, bool editable) =>
        Assert.Equal(editable, Workflow.IsEditable(status));

    [Theory]
    [InlineData("优", ReviewGrade.Excellent)]
    [InlineData("良", ReviewGrade.Good)]
    [InlineData("fair", ReviewGrade.Fair)]
    [InlineData("Poor", ReviewGrade.Poor)]
    [InlineData("2", null)]
    [InlineData("好", null)]
    public void ParseGrade_ChineseOrEnglish_ReadNumbersRefused(string text, ReviewGrade? grade) =>
        Assert.Equal(grade, WorkflowNames.ParseGrade(text));
}
