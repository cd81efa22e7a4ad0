using Jixiao.Core.Review.Rules.Document;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.DocumentFamily;

public class CopiedRowsRuleTests
{
    private static readonly CopiedRowsRule Rule = new();

    private static TargetSheet Fund(string name, string loans, int line) => DocumentSheets.Project(name, 200m, line: line) with
    {
        Indicators = [.. Complete88(), Row("产出指标", "数量指标", "创业担保贷款发放额", loans, line + 1)],
    };

    [Fact]
    public void Check_SameAmountTargetOnTwoFunds_ReportsOnTheLater()
    {
        var finding = Assert.Single(FindingsOf(Rule, Document(Fund("省级惠普金融发展资金", "≥1000万元", 20), Fund("中央惠普金融发展资金", "≥1000万元", 40))));

        Assert.Equal("中央惠普金融发展资金", finding.Sheet?.ProjectName);
        Assert.Contains("省级惠普金融发展资金", finding.Message, StringComparison.Ordinal);
        Assert.Contains("创业担保贷款发放额", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DifferentAmounts_NoFindingForThatRow()
    {
        var findings = FindingsOf(Rule, Document(Fund("省级惠普金融发展资金", "≥1000万元", 20), Fund("中央惠普金融发展资金", "≥600万元", 40)));

        Assert.All(findings, f => Assert.DoesNotContain("创业担保贷款发放额", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SharedRatesOnly_NoFinding()
    {
        var a = DocumentSheets.Project("职业技能培训项目", 50m, line: 20) with { Indicators = [Row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", 21)] };
        var b = DocumentSheets.Project("公益性岗位补贴", 50m, line: 40) with { Indicators = [Row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", 41)] };

        Assert.Empty(FindingsOf(Rule, Document(a, b)));
    }
}
