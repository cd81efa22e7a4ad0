using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class PlaceholderRuleTests
{
    private static readonly PlaceholderRule Rule = new();

    [Theory]
    [InlineData("≥**%")]
    [InlineData("XX人")]
    public void Check_TemplateStub_Reported(string value) =>
        Assert.Single(FindingsOf(Rule, Project().With(Row("产出指标", "质量指标", "培训合格率", value))));

    [Fact]
    public void Check_CompleteSheet_NotReported() => Assert.Empty(FindingsOf(Rule, Project()));
}
