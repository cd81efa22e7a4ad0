using Jixiao.Core.Review;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Review;

/// <summary>
/// The rules across sheets on the seeds: 001's 合计 and 004's key tasks agree with their project
/// sheets, so the seeds pass; a seed with one project taken out shows the rule at work.
/// </summary>
public class SeedDocumentTests
{
    /// <summary>
    /// The totals, key tasks and projects of the seeds agree; the one document finding is 002's
    /// 中央惠普金融发展资金, whose loan and subsidy targets are those of 创业担保贷款贴息资金 (DOC-ROWS-COPIED).
    /// </summary>
    [Fact]
    public void Review_AllSeeds_NoDocumentFindingButOneCopy()
    {
        var findings = Seeds.All.Select(s => RuleEngine.Default.Review(Seeds.Read(s))).SelectMany(r => r.AllFindings)
            .Where(f => f.RuleId.StartsWith("DOC-", StringComparison.Ordinal) && f.RuleId != "DOC-ROWS-COPIED")
            .Select(f => $"{f.RuleId}: {f.Message}")
            .ToList();

        Assert.Empty(findings);
        var copy = Assert.Single(RuleEngine.Default.Review(Seeds.Read(Seeds.ProjectTables002)).AllFindings, f => f.RuleId == "DOC-ROWS-COPIED");
        Assert.Equal("中央惠普金融发展资金", copy.Sheet?.ProjectName);
        Assert.Contains("创业担保贷款贴息资金", copy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_001WithoutOneProject_TotalNoLongerAddsUp()
    {
        var document = Seeds.Read(Seeds.PublicList001);
        var cut = document with { Sheets = [.. document.Sheets.Where(s => s.ProjectName != "编制外长期聘用人员支出")] };

        var findings = RuleEngine.Default.Review(cut).DocumentFindings.Where(f => f.RuleId == "DOC-TOTAL-MISMATCH").ToList();

        Assert.Equal(3, findings.Count); // 合计, 426 and 426001
        Assert.All(findings, f => Assert.Contains("相差26.94万元", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Review_004WithoutOneProject_KeyTaskHasNoSheet()
    {
        var document = Seeds.Read(Seeds.UnitAndProjects004);
        var cut = document with { Sheets = [.. document.Sheets.Where(s => s.ProjectName != "三支一扶高校毕业生工作生活补贴")] };

        var finding = Assert.Single(RuleEngine.Default.Review(cut).AllFindings, f => f.RuleId == "DOC-TASK-NO-PROJECT");

        Assert.Equal(SheetKind.Department, finding.Sheet?.Kind);
        Assert.Contains("三支一扶", finding.Message, StringComparison.Ordinal);
    }
}
