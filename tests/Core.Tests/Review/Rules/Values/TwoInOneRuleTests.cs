using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class TwoInOneRuleTests
{
    private static readonly TwoInOneRule Rule = new();

    [Theory]
    [InlineData("资助人数及标准", "≅4250人，平均2000元/年/人", "数量和金额")]
    [InlineData("培训情况", "培训1000人次，合格率95%", "数量和比率")]
    public void Check_ValueOfTwoKinds_Reports(string name, string value, string kinds) =>
        Assert.Contains(kinds, Assert.Single(FindingsOf(Rule, Project([.. Complete88(), Row("产出指标", "数量指标", name, value, 20)]))).Message, StringComparison.Ordinal);

    [Fact]
    public void Check_NameOfTwoClauses_Reports() =>
        Assert.Single(FindingsOf(Rule, Project([.. Complete88(), Row("效益指标", "社会效益指标", "解决大专以上学历毕业生就业问题;壮大事业单位人才队伍", "有效推动", 20)])));

    [Theory]
    [InlineData("补贴标准", "2004元/人/月,1002元/人/月")]
    [InlineData("培训人数", "≥200人")]
    [InlineData("培训合格率", "≥95%")]
    public void Check_OneKindOfQuantity_NoFinding(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project([Row("产出指标", "数量指标", name, value, 20)])));
}
