using Jixiao.Core.Review.Rules.Structure;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class WrongParentRuleTests
{
    [Fact]
    public void Check_SocialBenefitLeftUnderOutputCell_Reported()
    {
        // 004: a 社会效益指标 row with a blank level-1 cell below the merged 产出指标 cell.
        var row = TestSheets.Row("效益指标", "社会效益指标", "重大群体性事件数量", "0起", 20) with { PlacedUnder = "产出指标" };

        var finding = Assert.Single(TestSheets.FindingsOf(new WrongParentRule(), TestSheets.Project().With(row)));

        Assert.Contains("社会效益指标", finding.Message, StringComparison.Ordinal);
        Assert.Contains("产出指标", finding.Message, StringComparison.Ordinal);
        Assert.Same(row, finding.Indicator);
    }

    [Fact]
    public void Check_Level2WrittenUnderAnotherLevel1_Reported()
    {
        var sheet = TestSheets.Project().With(TestSheets.Row("产出指标", "经济效益指标", "带动增收", "≥10万元"));

        Assert.Single(TestSheets.FindingsOf(new WrongParentRule(), sheet));
    }

    [Fact]
    public void Check_SeveralRowsOfOneMisplacedCategory_ReportedOnceWithCount()
    {
        var sheet = TestSheets.Project().With(
            TestSheets.Row("产出指标", "社会效益指标", "就业率", "≥60%", 20),
            TestSheets.Row("产出指标", "社会效益指标", "知晓率", "≥90%", 21));

        var finding = Assert.Single(TestSheets.FindingsOf(new WrongParentRule(), sheet));

        Assert.Contains("共 2 项", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(new WrongParentRule(), TestSheets.Project()));

    [Fact]
    public void Check_UnrecognisedCategories_LeftToOtherRules() =>
        Assert.Empty(TestSheets.FindingsOf(new WrongParentRule(), TestSheets.Project().With(TestSheets.Row("其他", "社会效益指标", "就业率", "≥60%"))));
}
