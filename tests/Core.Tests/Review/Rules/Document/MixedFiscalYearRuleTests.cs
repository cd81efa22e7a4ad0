using Jixiao.Core.Review.Rules.Document;
using static Jixiao.Core.Tests.Review.Rules.DocumentFamily.DocumentSheets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.DocumentFamily;

public class MixedFiscalYearRuleTests
{
    private static readonly MixedFiscalYearRule Rule = new();

    [Fact]
    public void Check_OneSheetOfAnotherYear_ReportsThatSheet()
    {
        var stale = Project("乙项目", 50, line: 40) with { FiscalYear = 2023 };

        var finding = Assert.Single(FindingsOf(Rule, Document(Project("甲项目", 60), stale, Project("丙项目", 10, line: 60))));

        Assert.Equal("DOC-YEAR-MIXED", finding.RuleId);
        Assert.Same(stale, finding.Sheet);
    }

    [Fact]
    public void Check_SameYear_NoFinding() => Assert.Empty(FindingsOf(Rule, Document(Project("甲项目", 60), Project("乙项目", 50, line: 40))));

    [Fact]
    public void Check_NoMajority_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Project("甲项目", 60), Project("乙项目", 50, line: 40) with { FiscalYear = 2023 })));
}
