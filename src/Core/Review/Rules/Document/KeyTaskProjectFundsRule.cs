using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Document;

/// <summary>
/// DOC-TASK-FUNDS-MISMATCH: the funds a department's key task plans (拟投入的资金) differ from the budget
/// of the project sheet it names. 004 has three such pairs, all in agreement (任务1 100万元 = 1000000.00元).
/// </summary>
public sealed class KeyTaskProjectFundsRule : DocumentRule
{
    public override RuleInfo Info { get; } = new(
        "DOC-TASK-FUNDS-MISMATCH", "重点任务资金与项目预算不符", Severity.Warning, RuleFamily.Document,
        "同一项目在部门整体目标表和项目目标表中的资金应一致；不一致说明其中一处填错或未随预算调整，预算安排与绩效目标对不上。")
    {
        Parameters = [new RuleParameter("toleranceWan", 0.01m, "允许的尾差（万元），默认 0.01")],
    };

    public override void Check(DocumentContext document, FindingSink findings)
    {
        if (!KeyTasks.AnyTasks(document))
        {
            return;
        }

        var projects = KeyTasks.Projects(document);
        foreach (var department in document.Sheets.Where(s => s.Sheet.Kind == SheetKind.Department))
        {
            foreach (var task in department.Sheet.KeyTasks)
            {
                if (task.Funds is not { } funds || KeyTasks.ProjectOf(task, projects) is not { } project
                    || ProjectNames.YearWan(project.Sheet) is not { } budget)
                {
                    continue;
                }

                var planned = funds.ToWan();
                if (Math.Abs(planned - budget) > findings.Parameter("toleranceWan"))
                {
                    findings.Report(department, task.Position,
                        $"年度重点工作任务“{KeyTasks.Label(task)}”拟投入{ProjectNames.Wan(planned)}，而项目“{project.Sheet.ProjectName}”的预算为{ProjectNames.Wan(budget)}",
                        "核对两表的资金数，使重点任务的拟投入资金与项目预算一致");
                }
            }
        }
    }
}
