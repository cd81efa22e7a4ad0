using Jixiao.Core.Review.Rules.Document;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.Rules.DocumentFamily.DocumentSheets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.DocumentFamily;

public class DeclaredTotalRuleTests
{
    private static readonly DeclaredTotalRule Rule = new();

    private static ImportedDocument List(decimal declared, string label = "合计") =>
        Document(Project("再就业工作经费", 4.25m, "426001"), Project("公益性岗位补贴县级配套", 781.56m, "426001", 21)) with
        {
            Totals = [new DeclaredTotal(label, Jixiao.Core.Targets.Money.Wan(declared), SourcePosition.Line(6))],
        };

    [Fact]
    public void Check_TotalAboveSum_ReportsOnDocument()
    {
        var finding = Assert.Single(FindingsOf(Rule, List(790m)));

        Assert.Equal("DOC-TOTAL-MISMATCH", finding.RuleId);
        Assert.Null(finding.Sheet);
        Assert.Contains("785.81万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnitSubtotalByCode_Reports() => Assert.Single(FindingsOf(Rule, List(700m, "426001 门源县就业局(本级)")));

    [Fact]
    public void Check_TotalAddsUp_NoFinding() => Assert.Empty(FindingsOf(Rule, List(785.81m)));

    [Fact]
    public void Check_SubtotalOfAnotherUnit_NoFinding() => Assert.Empty(FindingsOf(Rule, List(12m, "427 其他单位")));

    [Fact]
    public void Check_NoTotals_NoFinding() => Assert.Empty(FindingsOf(Rule, Document(Project("再就业工作经费", 4.25m))));
}
