using Jixiao.Core.Review.Rules.Structure;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class EmptyLevel2RuleTests
{
    [Fact]
    public void Check_OutputRowsWithoutLevel2_ReportedOnceWithCount()
    {
        var sheet = TestSheets.Project().With(
            TestSheets.Row("产出指标", null, "走访企业数", "≥20家", 20),
            TestSheets.Row("产出指标", " ", "走访完成率", "100%", 21));

        var finding = Assert.Single(TestSheets.FindingsOf(new EmptyLevel2Rule(), sheet));

        Assert.Contains("产出指标下有 2 项指标没有二级指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(new EmptyLevel2Rule(), TestSheets.Project()));

    [Fact]
    public void Check_SatisfactionWithoutHeading_NoFinding() =>
        // 001 lists its 满意度指标 items without a level-2 heading: the only level 2 is implied.
        Assert.Empty(TestSheets.FindingsOf(new EmptyLevel2Rule(), TestSheets.Project().With(TestSheets.Row("满意度指标", null, "群众满意度", "≥95%"))));
}
