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

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public void Check_ManySheetsWithTwoRepeated_EachRepeatNamesTheFirstSheet(int count)
    {
        // A list of many projects (found through a map beyond a few dozen sheets) gives what a short one gives.
        var sheets = Enumerable.Range(0, count).Select(i => Project($"项目{i:D3}", 10, line: 40 * i)).ToList();
        sheets.Add(Project("项目002", 10, line: 40 * count));
        sheets.Add(Project("项目002", 10, line: 40 * (count + 1)));
        sheets.Add(Project($"项目{count - 1:D3}", 10, line: 40 * (count + 2)));

        var findings = FindingsOf(Rule, Document([.. sheets]));

        Assert.Equal(3, findings.Count);
        Assert.All(findings.Take(2), f => Assert.Contains("另见第3张表", f.Message, StringComparison.Ordinal));
        Assert.Contains($"另见第{count}张表", findings[2].Message, StringComparison.Ordinal);
        Assert.Equal([sheets[count], sheets[count + 1], sheets[count + 2]], findings.Select(f => f.Sheet));
    }
}
