using Jixiao.Core.Review.Rules.Structure;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class OutputIncompleteRuleTests
{
    private static readonly OutputIncompleteRule Rule = new();

    [Fact]
    public void Check_OutputWithOnlyQuality_Reported()
    {
        var sheet = TestSheets.Project([.. TestSheets.Complete88().Where(i => i.Level2 != "数量指标")]);

        var finding = Assert.Single(TestSheets.FindingsOf(Rule, sheet));

        Assert.Contains("没有数量指标", finding.Message, StringComparison.Ordinal);
        Assert.Equal("培训合格率", finding.Indicator?.Name);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project()));

    [Fact]
    public void Check_NoOutputAtAll_LeftToMissingLevel1() =>
        Assert.Empty(TestSheets.FindingsOf(Rule, TestSheets.Project([.. TestSheets.Complete88().Where(i => i.Level1 != "产出指标")])));

    [Fact]
    public void Check_TableCutOff_NoFinding()
    {
        var sheet = TestSheets.Project([TestSheets.Row("产出指标", "质量指标", "补贴发放准确率", null)]);

        Assert.Empty(TestSheets.FindingsOf(Rule, sheet));
    }

    [Fact]
    public void Check_QuantityRowsWithoutAnyCount_Reported()
    {
        var sheet = Project([.. Complete88().Where(r => r.Level2 != "数量指标"), Row("产出指标", "数量指标", "培训覆盖率", "100%", 20), Row("产出指标", "数量指标", "是否开展培训", "是", 21)]);

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.Contains("数量指标下的 2 项（“培训覆盖率” 100%、“是否开展培训” 是）都不是数量", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneQuantityRowWithCount_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Project([.. Complete88(), Row("产出指标", "数量指标", "培训覆盖率", "100%", 20)])));

    [Fact]
    public void Check_InvestmentPlanFormWhoseOutputIsARatio_SaysTheOutputHasNoQuantity()
    {
        var sheet = TestSheets.Project(
        [
            TestSheets.Row("实施效果指标", "产出指标", "劳务报酬占中央投资比例", "≥30%", 10),
            TestSheets.Row("实施效果指标", "效益指标", "项目区农村基础设施条件", "明显改善", 11),
            TestSheets.Row("实施效果指标", "满意度指标", "参与工程建设群众满意度", "≥90%", 12),
        ]);

        var finding = Assert.Single(TestSheets.FindingsOf(new OutputIncompleteRule(), sheet));
        Assert.StartsWith("产出指标下唯一的一项", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvestmentPlanFormWithACountedOutput_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(new OutputIncompleteRule(), TestSheets.Project(
        [
            TestSheets.Row("实施效果指标", "产出指标", "新建村组道路里程", "≥12公里", 10),
            TestSheets.Row("实施效果指标", "满意度指标", "受益群众满意度", "≥90%", 12),
        ])));
}
