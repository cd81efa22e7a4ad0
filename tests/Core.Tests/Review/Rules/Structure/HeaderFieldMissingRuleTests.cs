using Jixiao.Core.Review.Rules.Structure;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Structure;

public class HeaderFieldMissingRuleTests
{
    private static readonly HeaderFieldMissingRule Rule = new();

    private static TargetSheet Full(string name) => Project(name: name) with
    {
        Leader = "王辉",
        LeaderPhone = "5322213",
        Period = new ImplementationPeriod("2024-01-01至2024-12-31", 2024, 2024),
    };

    [Fact]
    public void Check_PhoneMissingWhereOthersGiveIt_Reports()
    {
        var bare = Full("丙项目") with { LeaderPhone = null };

        var finding = Assert.Single(FindingsOf(Rule, Document(Full("甲项目"), Full("乙项目"), bare)));

        Assert.Equal("STR-HEADER-FIELD-MISSING", finding.RuleId);
        Assert.Same(bare, finding.Sheet);
        Assert.Contains("联系电话", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FormWithoutTheField_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Project(name: "甲项目"), Project(name: "乙项目"), Project(name: "丙项目"))));

    [Fact]
    public void Check_EveryFieldFilled_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Full("甲项目"), Full("乙项目"), Full("丙项目"))));

    [Fact]
    public void Check_TwoProjectsOnly_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Full("甲项目"), Full("乙项目") with { Leader = null })));
}
