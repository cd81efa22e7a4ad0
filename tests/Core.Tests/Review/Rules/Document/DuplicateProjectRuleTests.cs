using Jixiao.Core.Review.Rules.Document;
using static Jixiao.Core.Tests.Review.Rules.DocumentFamily.DocumentSheets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.DocumentFamily;

public class DuplicateProjectRuleTests
{
    private static readonly DuplicateProjectRule Rule = new();

    [Fact]
    public void Check_SameProjectTwice_ReportsTheSecond()
    {
        var second = Project("再就业工作经费", 5m, line: 40).With(Row("产出指标", "数量指标", "培训人数", "≥180人"));
        var document = Document(Project("再就业工作经费", 4.25m), second);

        var finding = Assert.Single(FindingsOf(Rule, document));

        Assert.Equal("DOC-PROJECT-DUPLICATE", finding.RuleId);
        Assert.Same(second, finding.Sheet);
        Assert.Contains("4.25万元", finding.Message, StringComparison.Ordinal);
        Assert.Contains("“培训人数”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DifferentProjects_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Project("就业补助资金", 200), Project("中央就业补助资金", 1438, line: 40))));

    [Fact]
    public void Check_SameNameInDifferentUnits_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Document(Project("运行经费", 30, "356003"), Project("运行经费", 30, "356004", 40))));
}
