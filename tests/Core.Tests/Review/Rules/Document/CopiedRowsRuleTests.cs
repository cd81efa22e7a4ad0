using Jixiao.Core.Review.Rules.Document;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.DocumentFamily;

public class CopiedRowsRuleTests
{
    private static readonly CopiedRowsRule Rule = new();

    private static TargetSheet Fund(string name, string loans, int line) => DocumentSheets.Project(name, 200m, line: line) with
    {
        Indicators = [.. Complete88(), Row("产出指标", "数量指标", "创业担保贷款发放额", loans, line + 1)],
    };

    [Fact]
    public void Check_SameAmountTargetOnTwoFunds_ReportsOnTheLater()
    {
        var finding = Assert.Single(FindingsOf(Rule, Document(Fund("省级惠普金融发展资金", "≥1000万元", 20), Fund("中央惠普金融发展资金", "≥1000万元", 40))));

        Assert.Equal("中央惠普金融发展资金", finding.Sheet?.ProjectName);
        Assert.Contains("省级惠普金融发展资金", finding.Message, StringComparison.Ordinal);
        Assert.Contains("创业担保贷款发放额", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ManyCopiesOfOneProject_OneFindingPerLaterSheetNotPerPair()
    {
        var copies = Enumerable.Range(0, 400).Select(i => Fund("第" + i + "笔惠普金融发展资金", "≥1000万元", 20 + (i * 20))).ToArray();

        var findings = FindingsOf(Rule, Document(copies));

        Assert.Equal(399, findings.Count);
        Assert.All(findings, f => Assert.Contains("第0笔惠普金融发展资金", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_DifferentAmounts_NoFindingForThatRow()
    {
        var findings = FindingsOf(Rule, Document(Fund("省级惠普金融发展资金", "≥1000万元", 20), Fund("中央惠普金融发展资金", "≥600万元", 40)));

        Assert.All(findings, f => Assert.DoesNotContain("创业担保贷款发放额", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SharedRatesOnly_NoFinding()
    {
        var a = DocumentSheets.Project("职业技能培训项目", 50m, line: 20) with { Indicators = [Row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", 21)] };
        var b = DocumentSheets.Project("公益性岗位补贴", 50m, line: 40) with { Indicators = [Row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", 41)] };

        Assert.Empty(FindingsOf(Rule, Document(a, b)));
    }

    private static TargetSheet WithSatisfaction(string project, string satisfaction, int line) => DocumentSheets.Project(project, 50m, line: line) with
    {
        Goals = [new Goal(GoalTerm.Annual, "按时足额发放" + project + "。", SourcePosition.Line(line + 1))],
        Indicators = [Row("产出指标", "数量指标", "发放人数", $"≥{line}人", line + 2), Row("满意度指标", "服务对象满意度指标", satisfaction, "≥90%", line + 3)],
    };

    [Fact]
    public void Check_SatisfactionOfAnotherProjectsGroup_Reports()
    {
        var training = WithSatisfaction("参训学员职业技能培训补贴", "参训学员满意度", 20);
        var pensions = WithSatisfaction("城乡居民养老保险代办员补助", "参训学员满意度", 40);

        var finding = Assert.Single(FindingsOf(Rule, Document(training, pensions)));

        Assert.Equal("城乡居民养老保险代办员补助", finding.Sheet?.ProjectName);
        Assert.Contains("“参训学员”", finding.Message, StringComparison.Ordinal);
        Assert.Contains("参训学员职业技能培训补贴", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("代办员满意度")]
    [InlineData("服务对象满意度")]
    [InlineData("奖励对象对政策的满意度")]
    public void Check_SatisfactionOfOwnOrNoNamedGroup_NoFinding(string satisfaction) =>
        Assert.Empty(FindingsOf(Rule, Document(
            WithSatisfaction("参训学员职业技能培训补贴", "参训学员满意度", 20),
            WithSatisfaction("城乡居民养老保险代办员补助", satisfaction, 40))));
}
