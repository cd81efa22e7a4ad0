using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class UnclearValueRuleTests
{
    private static readonly UnclearValueRule Rule = new();

    [Fact]
    public void Check_UnreadableValue_Reported() =>
        Assert.Single(FindingsOf(Rule, Project().With(Row("产出指标", "数量指标", "培训人数", "≥"))));

    [Theory]
    [InlineData("≥**%")]
    [InlineData(null)]
    [InlineData("健全")]
    public void Check_PlaceholderMissingOrWords_NotReported(string? value) =>
        Assert.Empty(FindingsOf(Rule, Project().With(Row("产出指标", "数量指标", "培训人数", value))));
}
