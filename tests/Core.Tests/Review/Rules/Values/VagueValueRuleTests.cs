using Jixiao.Core.Review.Rules.Values;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Values;

public class VagueValueRuleTests
{
    private static readonly VagueValueRule Rule = new();

    [Theory]
    [InlineData("增强企业和参保人意识", "较明显提升")]
    [InlineData("促进人事工作发展", "有效促进")]
    [InlineData("确保各级各类考试正常进行", "按政策要求组织考试")]
    [InlineData("社会公众对宣传满意度", "较满意")]
    [InlineData("人事档案管理规范性", "得以保障")]
    [InlineData("城乡居民基础养老金标准", "按上级居保待遇标准文件执行")]
    [InlineData("经办服务质量", "优")]
    public void Check_VagueWords_Reported(string name, string value)
    {
        var finding = Assert.Single(FindingsOf(Rule, Project().With(Row("效益指标", "社会效益指标", name, value))));

        Assert.Contains(value, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("是否专款专用", "是")]
    [InlineData("就业保障机制健全性", "健全")]
    [InlineData("长效管理机制", "有效运行")]
    [InlineData("资金使用合规性", "合规")]
    [InlineData("培训完成时间", "12月底前")]
    [InlineData("参训人员就业率", "≥60%")]
    public void Check_YesNoTimeOrNumbers_NotReported(string name, string value) =>
        Assert.Empty(FindingsOf(Rule, Project().With(Row("效益指标", "社会效益指标", name, value))));
}
