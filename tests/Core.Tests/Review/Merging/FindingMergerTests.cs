using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Core.Tests.Review.Rules.Goals;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Merging;

/// <summary>One defect, one finding: the cases issue 12 names, through the whole default engine.</summary>
public class FindingMergerTests
{
    private static IReadOnlyList<Finding> Review(TargetSheet sheet) => RuleEngine.Default.Review(sheet);

    private static IReadOnlyList<Finding> Raw(TargetSheet sheet) =>
        new RuleEngine(RuleCatalogue.All, RuleSet.Default) { MergeFindings = false }.Review(sheet);

    /// <summary>A 社会效益指标 left under 产出指标, and no 效益指标 row anywhere else.</summary>
    private static TargetSheet BenefitUnderOutput() => Project(
    [
        Row("产出指标", "数量指标", "培训人数", "≥200人", 10),
        Row("产出指标", "质量指标", "培训合格率", "≥95%", 11),
        Row("产出指标", "社会效益指标", "参训人员就业率", "≥60%", 12),
        Row("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", 13),
    ]);

    [Fact]
    public void Merge_MissingLevel1CausedByMisplacedCategory_OneFinding()
    {
        Assert.Contains(Raw(BenefitUnderOutput()), f => f.RuleId == "STR-L1-MISSING");

        var findings = Review(BenefitUnderOutput());

        Assert.DoesNotContain(findings, f => f.RuleId == "STR-L1-MISSING");
        var finding = Assert.Single(findings, f => f.RuleId == "STR-L2-WRONG-PARENT");
        Assert.Equal(["STR-L1-MISSING"], finding.Merged);
        Assert.Contains("因此本表没有效益指标", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Merge_MissingLevel1OfAnotherCategory_Kept()
    {
        var sheet = BenefitUnderOutput() with { Indicators = [.. BenefitUnderOutput().Indicators.Where(r => r.Level1 != "满意度指标")] };

        var findings = Review(sheet);

        Assert.Contains(findings, f => f.RuleId == "STR-L1-MISSING" && f.Message.Contains("满意度指标", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_NumberingGapOfUnrelatedGoal_OneFinding()
    {
        var sheet = Project().WithGoals("目标2：通过印刷政策宣传资料、制作短视频等形式，广泛开展就业创业政策宣传和岗位推介活动；");

        var findings = Review(sheet);

        var finding = Assert.Single(findings, f => f.RuleId.StartsWith("GOAL-", StringComparison.Ordinal));
        Assert.Equal("GOAL-UNRELATED", finding.RuleId);
        Assert.Equal(["GOAL-NUMBERING-GAP"], finding.Merged);
    }

    [Fact]
    public void Merge_MissingValueOfCutTable_OneFinding()
    {
        var sheet = Project([.. Complete88(), Row("产出指标", "数量指标", "补贴人数", null, 20)]);

        var findings = Review(sheet);

        var finding = Assert.Single(findings, f => f.Indicator?.Name == "补贴人数");
        Assert.Equal("STR-TABLE-INCOMPLETE", finding.RuleId);
        Assert.Equal(["VAL-MISSING"], finding.Merged);
    }

    [Fact]
    public void Merge_CutRowRepeatingAnEarlierName_OneFinding()
    {
        var sheet = Project([.. Complete88(), Row("产出指标", "成本指标", "培训人数", null, 20)]);

        var finding = Assert.Single(Review(sheet), f => f.Indicator?.Position == SourcePosition.Line(20));

        Assert.Equal("STR-TABLE-INCOMPLETE", finding.RuleId);
        Assert.Contains("STR-DUPLICATE", finding.Merged);
    }

    [Fact]
    public void Merge_OnlyQuantityRowIsATimelinessRow_OneFindingThatMovesItAndAsksForAQuantity()
    {
        var rows = Complete88().Where(i => i.Level2 != "数量指标").Prepend(Row("产出指标", "数量指标", "补贴发放及时率", "≥95%", 9)).ToList();

        var findings = Review(Project(rows));

        var finding = Assert.Single(findings, f => f.Indicator?.Name == "补贴发放及时率");
        Assert.Equal("CLS-TIMELINESS-MISPLACED", finding.RuleId);
        Assert.Contains("STR-OUTPUT-NO-QUANTITY", finding.Merged);
        Assert.Contains("产出指标没有任何数量", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_PercentageUnderCost_OneFindingAskingForAnAmount()
    {
        var findings = Review(Project([.. Complete88(), Row("产出指标", "成本指标", "社会成本指标", "100%", 20)]));

        var finding = Assert.Single(findings, f => f.Indicator?.Name == "社会成本指标");
        Assert.Equal("MNY-COST-NO-AMOUNT", finding.RuleId);
        Assert.Contains("VAL-PERCENT-NOT-RATE", finding.Merged);
    }

    [Fact]
    public void Merge_CostOverBudgetWithoutSign_OneFixFromTheBudget()
    {
        var sheet = Project([.. Complete88().Where(r => r.Level2 != "成本指标"), Row("产出指标", "成本指标", "贴息成本", "300万元", 13)], budgetWan: 30m);

        var findings = Review(sheet).Where(f => f.Indicator?.Name == "贴息成本").ToList();

        var finding = Assert.Single(findings);
        Assert.Equal("MNY-COST-OVER-BUDGET", finding.RuleId);
        Assert.Contains("MNY-COST-SIGN", finding.Merged);
        Assert.Contains("≤30.00万元", finding.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain("≤300万元", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_RatesWrittenAsFractionsOnManyRows_OneFindingListingRows()
    {
        var sheet = Project(
        [
            .. Complete88(),
            Row("产出指标", "质量指标", "补贴发放准确率", "1", 20),
            Row("产出指标", "质量指标", "档案管理合格率", "1", 21),
            Row("产出指标", "质量指标", "劳动力稳定就业率", "0.6", 22),
        ]);

        var finding = Assert.Single(Review(sheet), f => f.RuleId == "VAL-PROBABLY-RATIO");

        Assert.Equal(["补贴发放准确率", "档案管理合格率", "劳动力稳定就业率"], finding.Rows.Select(r => r.Name));
        Assert.Contains("共 3 项", finding.Message, StringComparison.Ordinal);
        Assert.Contains("第8行“补贴发放准确率”", finding.Message, StringComparison.Ordinal);
        Assert.Contains("第10行“劳动力稳定就业率”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_RateInPersonsUnderWrongBenefitKind_NoContradictingMove()
    {
        var sheet = Project([.. Complete88(), Row("效益指标", "经济效益指标", "培训后就业率", "≥20人", 20)]);

        var findings = Review(sheet).Where(f => f.Indicator?.Name == "培训后就业率").ToList();

        var finding = Assert.Single(findings);
        Assert.Equal("VAL-UNIT-RATE-PERSON", finding.RuleId);
    }

    [Fact]
    public void Merge_SameRuleDifferentCauses_KeptApart()
    {
        var sheet = Project([.. Complete88(), Row("产出指标", "数量指标", "培训人数", "≥300人", 20), Row("产出指标", "质量指标", "培训合格率", "≥90%", 21)]);

        var duplicates = Review(sheet).Where(f => f.RuleId == "STR-DUPLICATE").ToList();

        Assert.Equal(2, duplicates.Count);
    }

    [Fact]
    public void Merge_Off_EachRuleSpeaksForItself()
    {
        Assert.Contains(Raw(BenefitUnderOutput()), f => f.RuleId == "STR-L1-MISSING");
        Assert.Contains(Raw(BenefitUnderOutput()), f => f.RuleId == "STR-L2-WRONG-PARENT");
    }

    [Fact]
    public void Supersession_NoPairNamesADocumentRule()
    {
        // The engine merges a document rule's findings on a sheet among themselves only, then orders them in with the
        // sheet's own (docs/decisions/022): a pair across the two would never apply.
        Assert.DoesNotContain(Jixiao.Core.Review.Merging.Supersession.All,
            p => RuleEngine.DocumentRuleIds.Contains(p.Winner) || RuleEngine.DocumentRuleIds.Contains(p.Loser));
    }

    [Fact]
    public void Supersession_EveryPairNamesTwoRulesOfTheCatalogue()
    {
        // The merge pass skips a sheet whose findings name fewer than two of the pairs' rules: a pair of one rule
        // with itself would never apply, and a rule outside the catalogue never reports.
        var ids = RuleCatalogue.All.Select(r => r.Info.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(Jixiao.Core.Review.Merging.Supersession.All, p =>
        {
            Assert.NotEqual(p.Winner, p.Loser);
            Assert.Contains(p.Winner, ids);
            Assert.Contains(p.Loser, ids);
        });
    }
}
