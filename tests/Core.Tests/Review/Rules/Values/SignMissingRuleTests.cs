using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class SignMissingRuleTests
{
    private static readonly SignMissingRule Rule = new();

    [Fact]
    public void Check_UnsignedNumbers_OneFindingPerSheetWithEachRowsSign()
    {
        var sheet = Project().With(
            Row("产出指标", "质量指标", "劳动保障监察举报投诉案件结案率", "96%", 20),
            Row("产出指标", "数量指标", "享受医疗保险人数", "139人", 21),
            Row("满意度指标", "服务对象满意度指标", "有效投诉数量", "2件", 22));

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.Equal(Jixiao.Core.Review.Severity.Info, finding.Severity);
        Assert.Contains("共 3 项", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["≥96%", "≥139人", "≤2件"], finding.ValueFixes.Select(f => f.Value));
    }

    [Theory]
    [InlineData("补贴发放准确率", "100%")]
    [InlineData("重大群体性事件数量", "0起")]
    [InlineData("项目成本", "8万元")]
    [InlineData("补贴发放准确率", "1")]
    [InlineData("完成时间", "12月底前")]
    [InlineData("结案率", "=96%")]
    [InlineData("结案率", "95%以上")]
    public void Check_SignedOrNotAmbiguous_NotReported(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project().With(Row("产出指标", "质量指标", name, value))));
}
