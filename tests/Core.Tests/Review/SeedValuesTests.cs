using Jixiao.Core.Review;

namespace Jixiao.Core.Tests.Review;

/// <summary>The value defects of the seeds a finance reviewer acts on (VAL- rules), and the false alarms they must not raise.</summary>
public class SeedValuesTests
{
    private static DocumentReview Review(string seed) => RuleEngine.Default.Review(Seeds.Read(seed));

    private static IEnumerable<Finding> Of(string seed, string rule) => Review(seed).AllFindings.Where(f => f.RuleId == rule);

    [Fact]
    public void Review_003Department_RatesWrittenAsFractions()
    {
        // One defect of the table, repeated: one finding that lists the rows, not one per row.
        var finding = Assert.Single(Of(Seeds.Declaration003, "VAL-PROBABLY-RATIO"));

        Assert.True(finding.Rows.Count >= 10, $"expected the 003 department's 1 and 0.6 values, found {finding.Rows.Count}");
        Assert.Contains(finding.Rows, r => r.Name == "劳动力稳定就业率");
        Assert.Contains("“劳动力稳定就业率”的指标值写作“0.6”，应为 60%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_003And004_SatisfactionOf100Percent()
    {
        Assert.Contains(Of(Seeds.Declaration003, "VAL-SATISFACTION-100"), f => f.Indicator?.Name == "学生、家长抽样调查满意度");
        Assert.Contains(Of(Seeds.UnitAndProjects004, "VAL-SATISFACTION-100"), f => f.Sheet?.ProjectName == "三支一扶高校毕业生工作生活补贴");
    }

    [Fact]
    public void Review_002_LastTableCutOffHasNoValue()
    {
        // The cut table is the defect; its last row's missing value is folded into STR-TABLE-INCOMPLETE.
        var finding = Assert.Single(Review(Seeds.ProjectTables002).AllFindings, f => f.Merged.Contains("VAL-MISSING"));

        Assert.Equal("STR-TABLE-INCOMPLETE", finding.RuleId);
        Assert.Equal("中央就业补助资金", finding.Sheet?.ProjectName);
        Assert.Empty(Of(Seeds.ProjectTables002, "VAL-MISSING"));
    }

    [Fact]
    public void Review_002_PercentagesOnSlogans()
    {
        var finding = Assert.Single(Of(Seeds.ProjectTables002, "VAL-PERCENT-NOT-RATE"), f => f.Sheet?.ProjectName == "考核奖励经费");

        Assert.Contains("弘扬正气，鼓励先进", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_004_VagueWordsAndSatisfactionInWords()
    {
        var findings = Of(Seeds.UnitAndProjects004, "VAL-VAGUE").ToList();

        // Several vague values on one sheet are one finding listing its rows.
        Assert.Contains(findings, f => f.AllRows.Any(r => r.Name == "增强企业和参保人意识"));
        Assert.Contains(findings, f => f.AllRows.Any(r => r.Name == "社会公众对宣传满意度"));
        Assert.DoesNotContain(findings, f => f.AllRows.Any(r => r.Name == "是否专款专用"));
    }

    [Fact]
    public void Review_002_LoanCountInMoney()
    {
        var finding = Assert.Single(Of(Seeds.ProjectTables002, "VAL-UNIT-COUNT-MISMATCH"));

        Assert.Equal("创业担保贷款发放笔数", finding.Indicator?.Name);
    }

    [Fact]
    public void Review_AllSeeds_ZeroIncidentsAndYesNoTargetsLeftAlone()
    {
        var findings = Seeds.All.Select(Review).SelectMany(r => r.AllFindings).Where(f => f.RuleId.StartsWith("VAL-", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(findings, f => f.Indicator?.Name == "因就业问题发生重大群体性事件数量");
        Assert.DoesNotContain(findings, f => f.Indicator?.Value.Text is "健全" or "是");
    }
}
