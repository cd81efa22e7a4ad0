using Jixiao.Core.Review.Rules.Money;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Money;

using Money = Jixiao.Core.Targets.Money;

public class KeyTaskFundsRuleTests
{
    private static readonly KeyTaskFundsRule Rule = new();

    private static TargetSheet Department(decimal development, params decimal[] funds) => Project() with
    {
        Kind = SheetKind.Department,
        Budget = new Budget
        {
            BasicSpending = Money.Wan(674.09m), ProjectSpending = Money.Wan(416.32m),
            OtherLines = development > 0 ? [new BudgetLine("其他事业发展性支出", Money.Wan(development))] : [],
        },
        KeyTasks = [.. funds.Select((f, i) => new KeyTask($"任务{i + 1}", "内容", Money.Wan(f), null, SourcePosition.Line(16 + i)))],
    };

    [Fact]
    public void Check_TasksShortOfDevelopmentSpending_Reported()
    {
        var finding = Assert.Single(FindingsOf(Rule, Department(352m, 100m, 72m, 170m)));

        Assert.Contains("342.00万元", finding.Message, StringComparison.Ordinal);
        Assert.Contains("10.00万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TasksAboveProjectSpendingWithoutLines_Reported() =>
        Assert.Single(FindingsOf(Rule, Department(0m, 300m, 200m)));

    [Fact]
    public void Check_TasksMatch_NotReported()
    {
        Assert.Empty(FindingsOf(Rule, Department(342m, 100m, 72m, 170m)));
        Assert.Empty(FindingsOf(Rule, Department(0m, 100m, 72m)));
        Assert.Empty(FindingsOf(Rule, Project()));
    }
}
