using Jixiao.Core.Targets;
using Jixiao.Core.Workflow;

namespace Jixiao.Core.Tests.Workflow;

public sealed class SheetDiffTests
{
    private static Indicator Row(string name, string value) => new()
    {
        Level1 = "产出指标",
        Level2 = "数量指标",
        Name = name,
        Value = new TargetValue(value, Sign.None, null, null, true, ValueFlags.None),
        Position = SourcePosition.Line(3),
    };

    private static readonly TargetSheet Before = new()
    {
        Kind = SheetKind.Project,
        ProjectName = "考核奖励经费",
        Position = SourcePosition.Line(1),
        Indicators = [Row("培训人数", "≥100人"), Row("覆盖乡镇", "12个"), Row("宣传次数", "4次")],
    };

    [Fact]
    public void Compare_SameSheet_Empty() => Assert.True(SheetDiff.Compare(Before, Before).IsEmpty);

    [Fact]
    public void Compare_RowChangedAddedRemovedAndFieldChanged_EachReportedWithBeforeAndAfter()
    {
        var after = Before with
        {
            ProjectName = "考核奖励资金",
            Indicators = [Row("宣传次数", "6次"), Row("培训人数", "≥100人"), Row("满意度", "≥90%")],
        };

        var diff = SheetDiff.Compare(Before, after);

        Assert.Equal([new FieldChange("项目名称", "考核奖励经费", "考核奖励资金")], diff.Fields);
        Assert.Contains(diff.Rows, r => r is { Kind: RowChangeKind.Changed, ValueBefore: "4次", ValueAfter: "6次" } && r.Key.EndsWith("宣传次数", StringComparison.Ordinal));
        Assert.Contains(diff.Rows, r => r is { Kind: RowChangeKind.Added, ValueAfter: "≥90%" });
        Assert.Contains(diff.Rows, r => r is { Kind: RowChangeKind.Removed, ValueBefore: "12个" });
        Assert.Equal(3, diff.Rows.Count);
    }

    [Fact]
    public void Compare_TwoRowsOfOneName_MatchedInOrder()
    {
        var before = Before with { Indicators = [Row("培训人数", "1"), Row("培训人数", "2")] };
        var after = Before with { Indicators = [Row("培训人数", "1"), Row("培训人数", "3")] };

        var diff = SheetDiff.Compare(before, after);

        Assert.Single(diff.Rows);
        Assert.EndsWith("＃2", diff.Rows[0].Key, StringComparison.Ordinal);
    }
}
