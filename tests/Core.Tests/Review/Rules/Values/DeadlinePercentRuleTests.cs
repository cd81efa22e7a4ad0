using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class DeadlinePercentRuleTests
{
    private static readonly DeadlinePercentRule Rule = new();

    [Fact]
    public void Check_DeadlineAsPercent_ReportsWithTheSheetsYear()
    {
        var finding = Assert.Single(FindingsOf(Rule, Project([.. Complete88(), Row("产出指标", "时效指标", "培训完成时限", "≥90%", 20)])));

        Assert.Contains("2024年12月底前", finding.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("培训完成时限", "12月底前")]
    [InlineData("按时完成率", "≥90%")]
    [InlineData("在规定时间内完成的比例", "≥90%")]
    public void Check_DeadlineAsTimeOrShareName_NoFinding(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project([.. Complete88(), Row("产出指标", "时效指标", name, value, 20)])));
}
