using Jixiao.Core.Review;

namespace Jixiao.Core.Tests.Review;

/// <summary>The structure defects of the seeds a reviewer sends back.</summary>
public class SeedStructureTests
{
    private static List<Finding> Findings(string seed, string rule) =>
        [.. RuleEngine.Default.Review(Seeds.Read(seed)).AllFindings.Where(f => f.RuleId == rule)];

    [Fact]
    public void Review_004_BenefitCategoriesLeftUnderOutput()
    {
        var findings = Findings(Seeds.UnitAndProjects004, "STR-L2-WRONG-PARENT");

        Assert.Equal(
            ["就业创业政策性补贴和专项服务补助", "源头治理欠薪工作经费", "社会保险经办业务第三方机构审计经费"],
            findings.Select(f => f.Sheet!.ProjectName).Order(StringComparer.Ordinal));
        // Each row's level-1 cell is blank and read as the merged 产出指标 cell above: likely, not
        // certain from the text (003 公益性岗位补贴 shows the same shape where the text lost the cell),
        // so a warning that says which reading it rests on.
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.All(findings, f => Assert.Contains("一级指标单元格为空", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Review_Seeds_DuplicateIndicatorsWithinOneSheet()
    {
        Assert.Equal("村级就业联络员补助机制健全性", Assert.Single(Findings(Seeds.PublicList001, "STR-DUPLICATE")).Indicator?.Name);
        Assert.Equal(["继续推进教育公平", "补贴发放准确率"],
            Findings(Seeds.Declaration003, "STR-DUPLICATE").Select(f => f.Indicator!.Name).Order(StringComparer.Ordinal));
        Assert.Empty(Findings(Seeds.Approval000, "STR-DUPLICATE")); // repeats across 职能 are not duplicates
    }

    [Fact]
    public void Review_004_OutputWithoutQuantity()
    {
        // Where the only 数量 row is a 时效 row in the wrong place, the finding that moves it says so (merged into it).
        var findings = RuleEngine.Default.Review(Seeds.Read(Seeds.UnitAndProjects004)).AllFindings
            .Where(f => f.RuleId == "STR-OUTPUT-NO-QUANTITY" || f.Merged.Contains("STR-OUTPUT-NO-QUANTITY")).ToList();

        // No 数量指标 at all: the two seen before.
        Assert.Equal(["三支一扶高校毕业生工作生活补贴", "劳动仲裁工作经费"],
            findings.Where(f => f.Message.Contains("没有数量指标", StringComparison.Ordinal)).Select(f => f.Sheet!.ProjectName).Order(StringComparer.Ordinal));

        // 数量指标 that hold no quantity (issue 12): a yes/no, rates, a sentence "按上级…文件执行".
        var noCount = findings.Where(f => f.Message.Contains("产出指标没有任何数量", StringComparison.Ordinal)).Select(f => f.Sheet!.ProjectName).ToList();
        Assert.Contains("创业担保贷款贴息", noCount);
        Assert.Contains("劳动保障监察", noCount);
        Assert.Contains("居民养老工作经费", noCount);
    }

    [Fact]
    public void Review_002_CutOffTableSaidOnceNotAsMissingCategories()
    {
        var review = RuleEngine.Default.Review(Seeds.Read(Seeds.ProjectTables002));
        var sheet = Assert.Single(review.Sheets, s => s.Sheet.ProjectName == "中央就业补助资金");

        Assert.Single(sheet.Findings, f => f.RuleId == "STR-TABLE-INCOMPLETE");
        Assert.DoesNotContain(sheet.Findings, f => f.RuleId == "STR-L1-MISSING");
    }

    [Fact]
    public void Review_Seeds_CategoriesAreAllOfTheFramework()
    {
        var findings = Seeds.All.SelectMany(s => RuleEngine.Default.Review(Seeds.Read(s)).AllFindings)
            .Where(f => f.RuleId is "STR-L1-UNKNOWN" or "STR-L2-UNKNOWN" or "STR-L2-EMPTY" or "STR-NO-INDICATORS");

        Assert.Empty(findings);
    }
}
