using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Merging;

/// <summary>A reader who follows every mechanical fix ends with no finding: the fixes agree with each other.</summary>
public class ValueFixesTests
{
    private static TargetSheet Apply(TargetSheet sheet, IEnumerable<Finding> findings)
    {
        var fixes = new Dictionary<Indicator, string>(ReferenceEqualityComparer.Instance);
        foreach (var fix in findings.SelectMany(f => f.ValueFixes))
        {
            Assert.True(fixes.TryAdd(fix.Row, fix.Value), $"two fixes for “{fix.Row.Name}”");
        }

        return sheet with
        {
            Indicators = [.. sheet.Indicators.Select(r => fixes.TryGetValue(r, out var v) ? r with { Value = TargetValueParser.Parse(v) } : r)],
        };
    }

    [Fact]
    public void Review_SheetWithValueDefects_FixesLeaveNoFinding()
    {
        var sheet = Project(
        [
            .. Complete88(),
            Row("产出指标", "成本指标", "贴息成本", "≥30万元", 20),
            Row("产出指标", "质量指标", "补贴发放准确率", "1", 21),
            Row("产出指标", "数量指标", "补贴人数", "≅700人", 22),
            Row("产出指标", "质量指标", "任务完成率", "≥100%", 23),
            Row("产出指标", "质量指标", "举报案件结案率", "96%", 24),
            Row("满意度指标", "服务对象满意度指标", "补贴对象满意度", "100%", 25),
            Row("产出指标", "时效指标", "补贴发放时限", "≥90%", 26),
        ]);

        var findings = RuleEngine.Default.Review(sheet);

        Assert.Equal(
            ["MNY-COST-SIGN", "VAL-APPROXIMATE", "VAL-DEADLINE-PERCENT", "VAL-FULL-FLOOR", "VAL-PROBABLY-RATIO", "VAL-SATISFACTION-100", "VAL-SIGN-MISSING"],
            findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        Assert.Empty(RuleEngine.Default.Review(Apply(sheet, findings)));
    }

    [Fact]
    public void Review_CostOverBudget_FixToTheBudgetLeavesNoFinding()
    {
        var sheet = Project([.. Complete88().Where(r => r.Level2 != "成本指标"), Row("产出指标", "成本指标", "项目总成本", "60万元", 20)], budgetWan: 50m);

        var findings = RuleEngine.Default.Review(sheet);

        var finding = Assert.Single(findings);
        Assert.Equal("≤50.00万元", Assert.Single(finding.ValueFixes).Value);
        Assert.Empty(RuleEngine.Default.Review(Apply(sheet, findings)));
    }
}
