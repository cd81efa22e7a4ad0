using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class PercentNotRateRuleTests
{
    private static readonly PercentNotRateRule Rule = new();

    [Fact]
    public void Check_PercentOnNamesWithoutShare_OneFindingListingThem()
    {
        var sheet = Project().With(
            Row("效益指标", "社会效益指标", "弘扬正气，鼓励先进", "≥96%", 20),
            Row("效益指标", "社会效益指标", "维护社会稳定", "≥99%", 21));

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.Equal(["弘扬正气，鼓励先进", "维护社会稳定"], finding.Rows.Select(r => r.Name));
        Assert.Contains("弘扬正气，鼓励先进", finding.Message, StringComparison.Ordinal);
        Assert.Contains("共 2 项", finding.Message, StringComparison.Ordinal);
        Assert.Equal("L20:C4", finding.Position.ToString());
    }

    [Theory]
    [InlineData("群众政策知晓率", "≥90%")]
    [InlineData("符合条件人员享受补贴比例", "≥95%")]
    [InlineData("参训人员满意度", "≥90%")]
    [InlineData("发放考核奖励金及时性", "≥99%")]
    [InlineData("创业担保贷款任务完成情况", "≥100%")]
    [InlineData("服务对象满意(%)", "95%")]
    [InlineData("因就业问题发生重大群体性事件数量", "0%")]
    [InlineData("优化档案管理", "案件资料100%按规定归档")]
    public void Check_ShareNamesOrExplainedValues_NotReported(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project().With(Row("效益指标", "社会效益指标", name, value))));

    [Fact]
    public void Check_CompleteSheet_NotReported() => Assert.Empty(FindingsOf(Rule, Project()));
}
