using Jixiao.Core.Review.Rules.Structure;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class DuplicateIndicatorRuleTests
{
    [Fact]
    public void Check_SameNameDifferentValues_ReportedAtTheRepeat()
    {
        var repeat = TestSheets.Row("效益指标", "可持续影响指标", "培训长效机制", "≥98%", 20);

        var finding = Assert.Single(TestSheets.FindingsOf(new DuplicateIndicatorRule(), TestSheets.Project().With(repeat)));

        Assert.Same(repeat, finding.Indicator);
        Assert.Contains("指标值不同", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameNameSameMeaning_SaysTheValueIsTheSame()
    {
        // 003: 补贴发放准确率 1 and 补贴发放准确率 100%.
        var sheet = TestSheets.Project().With(
            TestSheets.Row("产出指标", "质量指标", "补贴发放准确率", "1", 20),
            TestSheets.Row("产出指标", "质量指标", "补贴发放准确率（%）", "100%", 21));

        var finding = Assert.Single(TestSheets.FindingsOf(new DuplicateIndicatorRule(), sheet));

        Assert.Contains("指标值也相同", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(new DuplicateIndicatorRule(), TestSheets.Project()));

    [Fact]
    public void Check_SameNameInAnotherFunction_NoFinding()
    {
        // 000 groups indicators by 职能: each function may have its own 群体性事件数量.
        var sheet = TestSheets.Project([
            TestSheets.Row("效益指标", "社会效益指标", "重大群体性事件数量", "0", 10) with { Function = "职能3" },
            TestSheets.Row("效益指标", "社会效益指标", "重大群体性事件数量", "0", 11) with { Function = "职能4" },
        ]);

        Assert.Empty(TestSheets.FindingsOf(new DuplicateIndicatorRule(), sheet));
    }
}
