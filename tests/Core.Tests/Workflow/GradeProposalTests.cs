using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Core.Workflow;

namespace Jixiao.Core.Tests.Workflow;

public sealed class GradeProposalTests
{
    private static readonly TargetSheet Sheet = new()
    {
        Kind = SheetKind.Project,
        Position = SourcePosition.Line(1),
        Indicators = [new Indicator { Level1 = "产出指标", Level2 = "数量指标", Name = "培训人数", Value = new TargetValue("≥100人", Sign.GreaterOrEqual, 100, "人", false, ValueFlags.None), Position = SourcePosition.Line(2) }],
    };

    private static Finding Of(string rule, Severity severity) => new(rule, severity, Sheet, null, SourcePosition.Line(2), "m", "w", null);

    [Fact]
    public void Propose_NoFindings_ExcellentWithTheReason()
    {
        var proposal = GradeProposals.Propose(Sheet, []);

        Assert.Equal(ReviewGrade.Excellent, proposal.Grade);
        Assert.Contains(proposal.Reasons, r => r.Contains("没有错误或警告", StringComparison.Ordinal));
    }

    [Fact]
    public void Propose_AFewWarnings_Good()
    {
        var proposal = GradeProposals.Propose(Sheet, [Of("VAL-A", Severity.Warning), Of("VAL-B", Severity.Warning), Of("VAL-C", Severity.Warning), Of("VAL-D", Severity.Warning)]);

        Assert.Equal((ReviewGrade.Good, 88), (proposal.Grade, proposal.Score));
    }

    [Fact]
    public void Propose_TwoErrors_FairAndEachRuleIsAReason()
    {
        var proposal = GradeProposals.Propose(Sheet, [Of("VAL-A", Severity.Error), Of("MNY-B", Severity.Error)]);

        Assert.Equal(ReviewGrade.Fair, proposal.Grade);
        Assert.Contains(proposal.Reasons, r => r.Contains("VAL-A", StringComparison.Ordinal));
        Assert.Contains(proposal.Reasons, r => r.Contains("MNY-B", StringComparison.Ordinal));
    }

    [Fact]
    public void Propose_OneRuleRepeatedManyTimes_CountedThreeTimesOnly()
    {
        var proposal = GradeProposals.Propose(Sheet, Enumerable.Repeat(Of("VAL-A", Severity.Warning), 20));

        Assert.Equal(100 - (3 * GradeProposals.WarningPoints), proposal.Score);
    }

    [Fact]
    public void Propose_StructuralErrors_Poor()
    {
        var proposal = GradeProposals.Propose(Sheet, [Of("STR-A", Severity.Error), Of("STR-B", Severity.Error), Of("VAL-C", Severity.Error)]);

        Assert.Equal(ReviewGrade.Poor, proposal.Grade);
    }

    [Fact]
    public void Propose_NoIndicators_Poor()
    {
        Assert.Equal(ReviewGrade.Poor, GradeProposals.Propose(Sheet with { Indicators = [] }, []).Grade);
    }
}
