using Jixiao.Core.Review;

namespace Jixiao.Core.Tests.Review;

/// <summary>Sheet-header completeness (STR-HEADER-) on the seeds.</summary>
public class SeedHeaderTests
{
    [Fact]
    public void Review_003TechnicalSchool_PhoneMissingWhereTheFormHasIt()
    {
        var review = RuleEngine.Default.Review(Seeds.Read(Seeds.Declaration003));

        var finding = Assert.Single(review.AllFindings, f => f.RuleId.StartsWith("STR-HEADER-", StringComparison.Ordinal));

        Assert.Equal("STR-HEADER-FIELD-MISSING", finding.RuleId);
        Assert.Equal("2023年技工院校县级配套学生资助资金", finding.Sheet?.ProjectName);
        Assert.Contains("联系电话", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>000's 批复表 states no budget for the department: the one header finding it has.</summary>
    [Fact]
    public void Review_000ApprovalWithoutBudget_OnlyDepartmentBudgetFinding() =>
        Assert.Equal(["STR-HEADER-DEPARTMENT-BUDGET"],
            RuleEngine.Default.Review(Seeds.Read(Seeds.Approval000)).AllFindings.Where(f => f.RuleId.StartsWith("STR-HEADER-", StringComparison.Ordinal)).Select(f => f.RuleId));

    [Theory]
    [InlineData(Seeds.PublicList001)]
    [InlineData(Seeds.ProjectTables002)]
    [InlineData(Seeds.UnitAndProjects004)]
    public void Review_SeedsWithCompleteHeaders_NoHeaderFinding(string seed) =>
        Assert.DoesNotContain(RuleEngine.Default.Review(Seeds.Read(seed)).AllFindings, f => f.RuleId.StartsWith("STR-HEADER-", StringComparison.Ordinal));
}
