using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class SatisfactionLowRuleTests
{
    private static readonly SatisfactionLowRule Rule = new();

    [Fact]
    public void Check_SatisfactionBelowFloor_Reported()
    {
        var finding = Assert.Single(FindingsOf(Rule, Project().With(Row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥60%"))));

        Assert.Contains("80%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FloorSetByRuleSet_Used()
    {
        var set = Jixiao.Core.Review.RuleSetJson.Parse("""{ "rules": { "VAL-SATISFACTION-LOW": { "parameters": { "floor": 90 } } } }""", [Rule]).RuleSet!;
        var sheet = Project().With(Row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"));

        Assert.Single(new Jixiao.Core.Review.RuleEngine([Rule], set).Review(sheet));
        Assert.Empty(FindingsOf(Rule, sheet));
    }

    [Theory]
    [InlineData("服务对象满意度", "≥80%")]
    [InlineData("服务对象不满意率", "≤5%")]
    [InlineData("服务对象不满意率", "5%")]
    public void Check_AtFloorOrDissatisfaction_NotReported(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project().With(Row("满意度指标", "服务对象满意度指标", name, value))));
}
