using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class SatisfactionFullRuleTests
{
    private static readonly SatisfactionFullRule Rule = new();

    [Theory]
    [InlineData("学生、家长抽样调查满意度", "≥100%")]
    [InlineData("受益群众满意率（%）", "100%")]
    public void Check_SatisfactionOf100_Reported(string name, string value) =>
        Assert.Single(FindingsOf(Rule, Project().With(Row("满意度指标", "服务对象满意度指标", name, value))));

    [Theory]
    [InlineData("服务对象满意度", "≥95%")]
    [InlineData("服务对象不满意率", "100%")]
    [InlineData("培训发放准确率", "100%")]
    public void Check_RealisticOrNotSatisfaction_NotReported(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project().With(Row("满意度指标", "服务对象满意度指标", name, value))));
}
