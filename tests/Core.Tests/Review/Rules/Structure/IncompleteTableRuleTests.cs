using Jixiao.Core.Review.Rules.Structure;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class IncompleteTableRuleTests
{
    [Fact]
    public void Check_LastRowHasNoValueCell_ReportedOnce()
    {
        var sheet = TestSheets.Project([TestSheets.Row("产出指标", "数量指标", "补贴比例", null)]);

        var finding = Assert.Single(TestSheets.FindingsOf(new IncompleteTableRule(), sheet));

        Assert.Contains("中断", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CompleteSheet_NoFinding() =>
        Assert.Empty(TestSheets.FindingsOf(new IncompleteTableRule(), TestSheets.Project()));

    [Fact]
    public void Check_CutTable_MissingLevel1StaysSilent()
    {
        var sheet = TestSheets.Project([TestSheets.Row("产出指标", "数量指标", "补贴比例", null)]);

        Assert.Empty(TestSheets.FindingsOf(new MissingLevel1Rule(), sheet));
    }

    [Fact]
    public void Check_LastRowWithoutValueButAnotherSheetFollows_NotCut()
    {
        var first = TestSheets.Project([.. TestSheets.Complete88(), TestSheets.Row("效益指标", "社会效益指标", "促进经济发展", null, 17)]);
        var document = TestSheets.Document(first, TestSheets.Project(name: "日常办公经费"));

        Assert.Empty(TestSheets.FindingsOf(new IncompleteTableRule(), document));
        Assert.Single(TestSheets.FindingsOf(new Jixiao.Core.Review.Rules.Values.MissingValueRule(), document));
    }

    [Fact]
    public void Check_LastOfSeveralSheetsWithoutIndicators_OneCutFindingAndTheAbsentPartsSilent()
    {
        var cut = TestSheets.Project([], budgetWan: null, name: "日常办公设备购买和运行维护") with { Goals = [] };
        var document = TestSheets.Document(TestSheets.Project(), cut);

        var finding = Assert.Single(TestSheets.FindingsOf(new IncompleteTableRule(), document));
        Assert.Same(cut, finding.Sheet);
        Assert.Contains("最后一张表", finding.Message, StringComparison.Ordinal);
        Assert.Empty(TestSheets.FindingsOf(new NoIndicatorsRule(), document));
        Assert.Empty(TestSheets.FindingsOf(new HeaderBudgetRule(), document));
        Assert.Empty(TestSheets.FindingsOf(new Jixiao.Core.Review.Rules.Goals.MissingGoalRule(), document));
    }

    [Fact]
    public void Check_SingleSheetWithoutIndicators_IsNoIndicatorsNotACut()
    {
        var document = TestSheets.Document(TestSheets.Project([]));

        Assert.Empty(TestSheets.FindingsOf(new IncompleteTableRule(), document));
        Assert.Single(TestSheets.FindingsOf(new NoIndicatorsRule(), document));
    }

    [Theory]
    [InlineData("page.txt", Jixiao.Core.Review.Severity.Warning)]
    [InlineData("page.html", Jixiao.Core.Review.Severity.Warning)]
    [InlineData("form.xlsx", Jixiao.Core.Review.Severity.Error)]
    public void Check_CopyEndingAfterTheOutputRows_MissingCategoriesAfterThemAreDoubtful(string source, Jixiao.Core.Review.Severity expected)
    {
        var outputsOnly = TestSheets.Project([.. TestSheets.Complete88().Where(i => i.Level1 == "产出指标")]);
        var document = new Jixiao.Core.Targets.ImportedDocument(source, [outputsOnly], []);

        var findings = TestSheets.FindingsOf(new MissingLevel1Rule(), document);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(expected, f.Severity));
    }

    [Fact]
    public void Check_CopyMissingACategoryBeforeItsLastRow_StillAnError()
    {
        var noOutputs = TestSheets.Project([.. TestSheets.Complete88().Where(i => i.Level1 != "产出指标")]);
        var document = new Jixiao.Core.Targets.ImportedDocument("page.txt", [noOutputs], []);

        var finding = Assert.Single(TestSheets.FindingsOf(new MissingLevel1Rule(), document));
        Assert.Equal(Jixiao.Core.Review.Severity.Error, finding.Severity);
    }
}
