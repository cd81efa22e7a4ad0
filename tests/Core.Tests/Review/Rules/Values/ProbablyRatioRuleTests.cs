using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class ProbablyRatioRuleTests
{
    private static readonly ProbablyRatioRule Rule = new();

    [Theory]
    [InlineData("劳动力稳定就业率", "0.6", "60%")]
    [InlineData("补贴发放准确率", "1", "100%")]
    [InlineData("落实“六稳六保”", "1", "100%")]
    public void Check_FractionForPercentage_Reported(string name, string value, string percent)
    {
        var finding = Assert.Single(FindingsOf(Rule, Project().With(Row("产出指标", "质量指标", name, value))));

        Assert.Contains(percent, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("补贴发放准确率", "100%")]
    [InlineData("举办招聘会次数", "≥1次")]
    [InlineData("补贴发放准确率", "≥1")]
    public void Check_PercentOrCountOrSigned_NotReported(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project().With(Row("产出指标", "质量指标", name, value))));

    [Fact]
    public void Check_BareOneUnderACountingName_IsACountNotARatio()
    {
        var sheet = TestSheets.Project().With(TestSheets.Row("产出指标", "数量指标", "建设项目个数(含续建)", "1", 20));

        Assert.Empty(TestSheets.FindingsOf(new ProbablyRatioRule(), sheet));
    }

    [Fact]
    public void Check_BareOneUnderAnUnclearName_StillAskedAbout()
    {
        var sheet = TestSheets.Project().With(TestSheets.Row("产出指标", "质量指标", "工程验收情况", "1", 20));

        Assert.Single(TestSheets.FindingsOf(new ProbablyRatioRule(), sheet));
    }
}
