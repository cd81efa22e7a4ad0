using Jixiao.Core.Review;
using Jixiao.Core.Review.Reporting;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Reporting;

public class FindingTextTests
{
    [Fact]
    public void Place_RowFinding_RowNumberAndName()
    {
        var sheet = Project([.. Complete88(), Row("效益指标", "社会效益指标", "培训后就业率", "≥20人", 20)]);

        var finding = Assert.Single(RuleEngine.Default.Review(sheet));

        Assert.Equal("第8行“培训后就业率”", FindingText.Place(finding));
    }

    [Fact]
    public void Place_GroupedFinding_RowNumbers()
    {
        var sheet = Project([.. Complete88(), Row("产出指标", "质量指标", "补贴发放准确率", "1", 20), Row("产出指标", "质量指标", "档案管理合格率", "1", 21)]);

        var finding = Assert.Single(RuleEngine.Default.Review(sheet));

        Assert.Equal("第8、9行", FindingText.Place(finding));
    }

    [Fact]
    public void Place_GoalFinding_TheGoals()
    {
        var finding = new Finding("GOAL-VAGUE", Severity.Warning, Project(), null, default, "…", "…", null);

        Assert.Equal("绩效目标", FindingText.Place(finding));
    }

    [Fact]
    public void Messages_FrameworkCitedTwice_ExplainedOnce()
    {
        var sheet = Project([.. Complete88(), Row("产出指标", "数量指标", "补贴是否及时发放", "是", 20), Row("效益指标", "经济效益指标", "资金在规定时间内下达", "是", 21)]);

        var messages = FindingText.Messages(RuleEngine.Default.Review(sheet)).Where(m => m.Contains("88号", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, messages.Count);
        Assert.Contains("财预〔2015〕88号", messages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("财预", messages[1], StringComparison.Ordinal);
    }
}
