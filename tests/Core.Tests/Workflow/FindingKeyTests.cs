using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Core.Workflow;

namespace Jixiao.Core.Tests.Workflow;

/// <summary>What a reviewer's mark is matched by (decision 016): rule, cause, and the rows' key and content.</summary>
public sealed class FindingKeyTests
{
    private static Indicator Row(string name, string value, string? description = null) => new()
    {
        Level1 = "产出指标",
        Level2 = "数量指标",
        Name = name,
        Value = new TargetValue(value, Sign.None, null, null, true, ValueFlags.None),
        Description = description,
        Position = SourcePosition.Line(3),
    };

    private static readonly TargetSheet Sheet = new() { Kind = SheetKind.Project, ProjectName = "考核奖励经费", Position = SourcePosition.Line(1) };

    private static Finding On(Indicator row, string? cause = null, params Indicator[] rows) =>
        new("VAL-NO-UNIT", Severity.Warning, Sheet, row, row.Position, "缺少计量单位", "", null) { Cause = cause, Rows = rows };

    [Fact]
    public void Of_SameRowElsewhereInTheTable_SameKey()
    {
        var row = Row("培训人数", "≥100");
        var moved = row with { Position = SourcePosition.Line(30) };

        Assert.Equal(FindingKey.Of(On(row)), FindingKey.Of(On(moved)));
    }

    [Fact]
    public void Of_RowValueDescriptionNameOrCauseChanged_OtherKey()
    {
        var key = FindingKey.Of(On(Row("培训人数", "≥100")));

        Assert.NotEqual(key, FindingKey.Of(On(Row("培训人数", "≥120"))));
        Assert.NotEqual(key, FindingKey.Of(On(Row("培训人数", "≥100", "全年培训"))));
        Assert.NotEqual(key, FindingKey.Of(On(Row("培训人次", "≥100"))));
        Assert.NotEqual(key, FindingKey.Of(On(Row("培训人数", "≥100"), cause: "人")));
    }

    [Fact]
    public void Of_GroupedFinding_EveryRowInTheKey()
    {
        var (a, b) = (Row("培训人数", "≥100"), Row("宣传次数", "4"));

        var key = FindingKey.Of(On(a, null, a, b));

        Assert.Equal("产出指标 / 数量指标 / 培训人数；产出指标 / 数量指标 / 宣传次数", FindingKey.Readable(key.Rows));
        Assert.NotEqual(key, FindingKey.Of(On(a, null, a, b with { Value = new TargetValue("5", Sign.None, null, null, true, ValueFlags.None) })));
    }

    [Fact]
    public void Of_FindingOnNoRow_KeyedByThePartOfTheSheet()
    {
        var goal = new Finding("GOAL-VAGUE", Severity.Warning, Sheet, null, Sheet.Position, "目标笼统", "", null);

        Assert.Equal(new FindingKey("GOAL-VAGUE", "", "绩效目标"), FindingKey.Of(goal));
    }
}
