using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Merging;

/// <summary>Errors that are always right: on a guessed reading a finding is at most a warning, and says so.</summary>
public class ReadingDoubtTests
{
    private static TargetSheet RateInPersons() => Project([.. Complete88(), Row("效益指标", "社会效益指标", "培训后就业率", "≥20人", 20)]);

    [Fact]
    public void Review_ErrorOnPlainReading_StaysError()
    {
        var finding = Assert.Single(RuleEngine.Default.Review(RateInPersons()), f => f.RuleId == "VAL-UNIT-RATE-PERSON");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Null(finding.Doubt);
    }

    [Fact]
    public void Review_ErrorOnRowsReadByGuess_WarningThatSaysSo()
    {
        const string guess = "原文以空格分列、空白单元格已丢失：本行起各值按内容归入指标性质、指标值、计量单位、分值等列，请核对";
        var sheet = RateInPersons() with { Assumptions = [new Assumption(SourcePosition.Line(15), guess)] };

        var finding = Assert.Single(RuleEngine.Default.Review(sheet), f => f.RuleId == "VAL-UNIT-RATE-PERSON");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(guess, finding.Doubt);
        Assert.Contains("存疑", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_GuessAfterTheRow_StaysError()
    {
        var sheet = RateInPersons() with { Assumptions = [new Assumption(SourcePosition.Line(30), "本行起各值按内容归入")] };

        var finding = Assert.Single(RuleEngine.Default.Review(sheet), f => f.RuleId == "VAL-UNIT-RATE-PERSON");

        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Review_CostOverBudgetWithGuessedBudgetUnit_Warning()
    {
        var sheet = Project([.. Complete88().Where(r => r.Level2 != "成本指标"), Row("产出指标", "成本指标", "培训成本", "≤60万元", 13)], budgetWan: 50m)
            with { Assumptions = [new Assumption(SourcePosition.Line(3), "金额未注明单位，按万元计")] };

        var finding = Assert.Single(RuleEngine.Default.Review(sheet), f => f.RuleId == "MNY-COST-OVER-BUDGET");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("金额未注明单位", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_CostFloorOverBudget_WarningNotError()
    {
        var sheet = Project([.. Complete88().Where(r => r.Level2 != "成本指标"), Row("产出指标", "成本指标", "贷款贴息发放额", "≥300万元", 13)], budgetWan: 171.32m);

        var finding = Assert.Single(RuleEngine.Default.Review(sheet), f => f.RuleId == "MNY-COST-OVER-BUDGET");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.NotNull(finding.Doubt);
        Assert.Contains("≤171.32万元", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_CategoryUnderBlankLevel1Cell_WarningAndMissingLevel1NotAnError()
    {
        var misplaced = Row("效益指标", "社会效益指标", "参训人员就业率", "≥60%", 12) with { PlacedUnder = "产出指标" };
        var sheet = Project([.. Complete88().Where(r => r.Level1 != "效益指标"), misplaced]);

        var findings = RuleEngine.Default.Review(sheet);

        var finding = Assert.Single(findings, f => f.RuleId == "STR-L2-WRONG-PARENT");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("STR-L1-MISSING", finding.Merged);
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }
}
