using Jixiao.Core.Review;

namespace Jixiao.Core.Tests.Review;

/// <summary>The goal defects of the seeds a reviewer acts on, and the prose goals left alone.</summary>
public class SeedGoalsTests
{
    private static DocumentReview Review(string seed) => RuleEngine.Default.Review(Seeds.Read(seed));

    private static IReadOnlyList<Finding> Of(DocumentReview review, string project) =>
        Assert.Single(review.Sheets, s => s.Sheet.ProjectName == project).Findings;

    [Fact]
    public void Review_001Incubator_GoalPromisesThreeFirmsIndicatorTwo()
    {
        var finding = Assert.Single(Of(Review(Seeds.PublicList001), "创业孵化基地运营经费"), f => f.RuleId == "GOAL-INDICATOR-CONFLICT");

        Assert.Equal("入驻企业数", finding.Indicator?.Name);
        Assert.Contains("3家", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全县见习岗位人员医疗金", "目标2")]
    [InlineData("村级就业联络员补助", "目标3")]
    public void Review_001_GoalPastedFromAnotherProject(string project, string numbered)
    {
        var findings = Of(Review(Seeds.PublicList001), project);

        // A goal pasted from another project explains its numbering gap: one finding that says both.
        var finding = Assert.Single(findings, f => f.RuleId == "GOAL-UNRELATED");
        Assert.Contains("GOAL-NUMBERING-GAP", finding.Merged);
        Assert.Contains("只有" + numbered, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.RuleId == "GOAL-NUMBERING-GAP");
    }

    [Fact]
    public void Review_001_GoalsThatMatchTheirIndicators_NoConflict()
    {
        var review = Review(Seeds.PublicList001);

        var conflicts = review.AllFindings.Where(f => f.RuleId == "GOAL-INDICATOR-CONFLICT").Select(f => f.Sheet!.ProjectName).ToList();

        Assert.Equal(["创业孵化基地运营经费"], conflicts);
    }

    [Fact]
    public void Review_003Archive_MultiYearProjectWithWholeProjectAsAnnualGoal()
    {
        var finding = Assert.Single(Of(Review(Seeds.Declaration003), "2023年干部人事档案数字化平台建设费用"), f => f.RuleId == "GOAL-TERM-MIXED");

        Assert.Contains("2023—2024", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_004KeyTask2_StillNamesLastYear()
    {
        var review = Review(Seeds.UnitAndProjects004);

        var finding = Assert.Single(review.AllFindings, f => f.RuleId == "GOAL-STALE-YEAR");

        Assert.Equal(Jixiao.Core.Targets.SheetKind.Department, finding.Sheet?.Kind);
        Assert.Contains("2023年在岗三支一扶", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_004_PurposeOnlyGoalsReportedProseResultsNot()
    {
        var review = Review(Seeds.UnitAndProjects004);

        Assert.Single(Of(review, "社保扩面征收工作经费"), f => f.RuleId == "GOAL-PURPOSE-ONLY");
        Assert.DoesNotContain(Of(review, "劳动保障监察"), f => f.RuleId.StartsWith("GOAL-", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_AllSeeds_EverySheetHasAGoal() =>
        Assert.DoesNotContain(Seeds.All.Select(Review).SelectMany(r => r.AllFindings), f => f.RuleId == "GOAL-MISSING");
}
