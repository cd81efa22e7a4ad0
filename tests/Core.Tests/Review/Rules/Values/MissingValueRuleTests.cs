using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class MissingValueRuleTests
{
    private static readonly MissingValueRule Rule = new();

    [Fact]
    public void Check_NoValue_Reported()
    {
        var finding = Assert.Single(FindingsOf(Rule, Project().With(Row("产出指标", "数量指标", "享受求职创业补贴比例", null))));

        Assert.Equal(Jixiao.Core.Review.Severity.Error, finding.Severity);
    }

    [Fact]
    public void Check_CompleteSheet_NotReported() => Assert.Empty(FindingsOf(Rule, Project()));
}
