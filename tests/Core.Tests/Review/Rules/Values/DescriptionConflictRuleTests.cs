using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class DescriptionConflictRuleTests
{
    private static readonly DescriptionConflictRule Rule = new();

    [Fact]
    public void Check_DescriptionStatesAnotherTarget_Reports()
    {
        var row = Row("产出指标", "质量指标", "补贴发放准确率", "≥95%", 20) with { Description = "补贴发放准确率达到100%" };

        var finding = Assert.Single(FindingsOf(Rule, Project([.. Complete88(), row])));

        Assert.Contains("≥100%", finding.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("≥95%", "补贴发放准确率达到95%以上")]
    [InlineData("≥95%", "准确发放人数/应发放人数×100%")]
    [InlineData("≥95%", "按月足额发放")]
    [InlineData("≥200人", "培训合格率达到90%")]
    public void Check_DescriptionAgreesOrStatesNoTarget_NoFinding(string value, string description) =>
        Assert.Empty(FindingsOf(Rule, Project([Row("产出指标", "质量指标", "补贴发放准确率", value, 20) with { Description = description }])));
}
