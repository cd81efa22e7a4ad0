using Jixiao.Core.Review;

namespace Jixiao.Core.Tests.Review;

/// <summary>The seeds' indicators whose names say another category than the form gives them.</summary>
public class SeedClassificationTests
{
    private static List<string> Names(string seed, string rule) =>
        [.. RuleEngine.Default.Review(Seeds.Read(seed)).AllFindings.Where(f => f.RuleId == rule).Select(f => f.Indicator!.Name)];

    [Fact]
    public void Review_004_BudgetExecutionAsTimeliness() =>
        Assert.Equal(["实际资金支出率", "实际资金支出率", "预算执行率"], Names(Seeds.UnitAndProjects004, "CLS-BUDGET-EXECUTION").Order(StringComparer.Ordinal));

    [Fact]
    public void Review_004_SatisfactionAsSocialBenefit() =>
        Assert.Equal(["人民群众满意度", "社会公众对宣传满意度"], Names(Seeds.UnitAndProjects004, "CLS-SATISFACTION-MISPLACED").Order(StringComparer.Ordinal));

    [Fact]
    public void Review_004_ComplaintCountAsSatisfaction() =>
        Assert.Equal(["有效投诉数量", "有效投诉数量"], Names(Seeds.UnitAndProjects004, "CLS-NOT-SATISFACTION"));

    [Fact]
    public void Review_004_TimelinessUnderQuantity()
    {
        var names = Names(Seeds.UnitAndProjects004, "CLS-TIMELINESS-MISPLACED");

        Assert.Equal(2, names.Count(n => n == "补贴是否及时发放"));
        Assert.Equal(2, names.Count(n => n == "支出及时率"));
    }

    [Fact]
    public void Review_002_CostAmountsUnderQuantity() =>
        Assert.Equal(["宣传检查等所需费用", "证书使用费用"], Names(Seeds.ProjectTables002, "CLS-MONEY-AS-OUTPUT").Order(StringComparer.Ordinal));

    [Fact]
    public void Review_TimelinessUnderBenefit()
    {
        Assert.Equal(["各项宣传政策及时公开"], Names(Seeds.ProjectTables002, "CLS-OUTPUT-AS-BENEFIT"));
        Assert.Equal(["资金在规定时间内下达", "资金在规定时间内下达"], Names(Seeds.UnitAndProjects004, "CLS-OUTPUT-AS-BENEFIT"));
    }

    [Fact]
    public void Review_003_EmploymentRateAsQuality() =>
        Assert.Equal(["劳动力稳定就业率"], Names(Seeds.Declaration003, "CLS-BENEFIT-AS-OUTPUT"));

    [Fact]
    public void Review_001_NoMisplacementInTheCleanestSeed() =>
        Assert.DoesNotContain(RuleEngine.Default.Review(Seeds.Read(Seeds.PublicList001)).AllFindings,
            f => f.RuleId.StartsWith("CLS-", StringComparison.Ordinal) && f.Severity != Severity.Info);
}
