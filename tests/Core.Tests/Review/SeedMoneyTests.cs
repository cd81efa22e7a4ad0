using Jixiao.Core.Review;

namespace Jixiao.Core.Tests.Review;

/// <summary>The money defects of the seeds (MNY- rules), and the false alarms they must not raise.</summary>
public class SeedMoneyTests
{
    private static IEnumerable<Finding> Of(string seed, string rule) =>
        RuleEngine.Default.Review(Seeds.Read(seed)).AllFindings.Where(f => f.RuleId == rule);

    [Fact]
    public void Review_002_CostsAboveTheirBudgets()
    {
        var findings = Of(Seeds.ProjectTables002, "MNY-COST-OVER-BUDGET").ToList();

        Assert.Contains(findings, f => f.Sheet?.ProjectName == "汇智人才发展劳务费" && f.Message.Contains("10070万元", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Sheet?.ProjectName == "创业担保贷款贴息资金" && f.Indicator?.Name == "创业担保贷款贴息金额");
    }

    /// <summary>A loan volume of 1000万元 is what a 30万元 interest subsidy supports, not a cost above it.</summary>
    [Fact]
    public void Review_002_LoanVolumeIsNotACost()
    {
        var names = Of(Seeds.ProjectTables002, "MNY-COST-OVER-BUDGET").Select(f => f.Indicator?.Name).ToList();

        Assert.DoesNotContain("创业担保贷款发放额", names);
        Assert.DoesNotContain("创业担保贷款发放笔数", names);
    }

    [Fact]
    public void Review_002_InterestSubsidyCostWrittenAsFloor()
    {
        // Over the budget and a floor: one finding, a warning (the floor may be an amount paid out,
        // not a cost), whose fix names the budget rather than "≤300万元".
        var finding = Assert.Single(Of(Seeds.ProjectTables002, "MNY-COST-OVER-BUDGET"),
            f => f.Sheet?.ProjectName == "中央惠普金融发展资金" && f.Message.Contains("≥300万元", StringComparison.Ordinal));

        Assert.Contains("MNY-COST-SIGN", finding.Merged);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("≤214.02万元", finding.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain(Of(Seeds.ProjectTables002, "MNY-COST-SIGN"), f => f.Sheet?.ProjectName == "中央惠普金融发展资金");
    }

    [Fact]
    public void Review_003_BudgetOf300YuanReadsLike300Wan()
    {
        var finding = Assert.Single(Of(Seeds.Declaration003, "MNY-BUDGET-UNIT"));

        Assert.Equal("2023年事业单位面向社会公开招聘", finding.Sheet?.ProjectName);
    }

    [Fact]
    public void Review_004_KeyTasksShortOfDevelopmentSpending()
    {
        var finding = Assert.Single(Of(Seeds.UnitAndProjects004, "MNY-KEYTASK-FUNDS"));

        Assert.Contains("342.00万元", finding.Message, StringComparison.Ordinal);
        Assert.Contains("352.00万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_004_CostsWithinBudgetInWords()
    {
        Assert.Equal(3, Of(Seeds.UnitAndProjects004, "MNY-COST-NO-AMOUNT").Count(f => f.Indicator?.Value.Raw == "在预算范围内"));
    }

    /// <summary>Every seed's budget adds up (004 with its 事业发展性支出); a blank 其他资金 is not read as a number.</summary>
    [Fact]
    public void Review_AllSeeds_BudgetSplitsAndSpendingPlansAddUp()
    {
        var findings = Seeds.All.SelectMany(s => Of(s, "MNY-BUDGET-SPLIT").Concat(Of(s, "MNY-SPENDING-PLAN"))).ToList();

        Assert.Empty(findings);
    }
}
