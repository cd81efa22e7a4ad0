using Jixiao.Core.Review.Rules.Goals;
using Jixiao.Core.Targets;
using static Jixiao.Core.Tests.Review.TestSheets;

namespace Jixiao.Core.Tests.Review.Rules.Goals;

public class FunctionUncoveredRuleTests
{
    private static readonly FunctionUncoveredRule Rule = new();

    private static TargetSheet Department(params Function[] functions) => Project() with
    {
        Kind = SheetKind.Department,
        Functions = functions,
        Indicators = [.. Complete88().Select(r => r with { Function = "职能2: 职业培训" })],
    };

    private static Function Fn(string name, string text) => new(name, text, SourcePosition.Line(3));

    [Fact]
    public void Check_FunctionWithoutIndicatorGroup_Reports()
    {
        var sheet = Department(Fn("职能1", "负责全县失业登记工作。"), Fn("职能2", "负责职业技能培训。"));

        var finding = Assert.Single(FindingsOf(Rule, sheet));

        Assert.StartsWith("职能1没有对应的绩效指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EveryFunctionHasItsGroup_NoFinding() =>
        Assert.Empty(FindingsOf(Rule, Department(Fn("职能2", "负责职业技能培训。"))));

    [Fact]
    public void Check_KeyTaskSharingWordsWithIndicators_NoFinding()
    {
        var sheet = Department(Fn("职能2", "负责职业技能培训。")) with
        {
            KeyTasks = [new KeyTask("任务1", "开展职业技能培训，提高参训人员就业率", null, null, SourcePosition.Line(4))],
        };

        Assert.Empty(FindingsOf(Rule, sheet));
    }

    [Fact]
    public void Check_KeyTaskNoIndicatorCovers_Reports()
    {
        var sheet = Department(Fn("职能2", "负责职业技能培训。")) with
        {
            KeyTasks = [new KeyTask("任务2", "审核发放创业担保贷款贴息", null, null, SourcePosition.Line(4))],
        };

        Assert.Contains("重点任务“任务2”", Assert.Single(FindingsOf(Rule, sheet)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProjectSheet_NoFinding() => Assert.Empty(FindingsOf(Rule, Project()));
}
