using Jixiao.Core.Review;
using Jixiao.Core.Review.Rules.Structure;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class CostRequiredRuleTests
{
    private static readonly CostRequiredRule Rule = new();

    private static TargetSheet WithoutCost(int year) =>
        Project([.. Complete88().Where(r => r.Level2 != "成本指标")]) with { FiscalYear = year };

    [Fact]
    public void Check_NoCostFromTheRequiredYear_ReportsWithTheBudget()
    {
        var finding = Assert.Single(FindingsOf(Rule, WithoutCost(2025)));

        Assert.Contains("≤50.00万元", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoCostBeforeTheRequiredYear_NoFinding() => Assert.Empty(FindingsOf(Rule, WithoutCost(2024)));

    [Fact]
    public void Check_RegionRequiresItEarlier_Reports()
    {
        var parsed = RuleSetJson.Parse("""{ "name": "某省", "rules": { "STR-COST-REQUIRED": { "parameters": { "fromYear": 2024 } } } }""", RuleCatalogue.All);

        Assert.Single(new RuleEngine([Rule], parsed.RuleSet!).Review(WithoutCost(2024)));
    }

    [Fact]
    public void Check_DepartmentSheetWithoutCost_Reports() =>
        Assert.Single(FindingsOf(Rule, WithoutCost(2025) with { Kind = SheetKind.Department }));

    [Fact]
    public void Check_SheetWithCost_NoFinding() => Assert.Empty(FindingsOf(Rule, Project() with { FiscalYear = 2026 }));
}
