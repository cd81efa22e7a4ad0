using Jixiao.Core.Targets;
using Jixiao.Web.Sheets;

namespace Jixiao.Web.Tests;

/// <summary>The length and character limits every edit (API and editor page) goes through, on a sheet built in memory.</summary>
public sealed class FieldLimitsTests
{
    private static readonly TargetSheet Imported = new()
    {
        Kind = SheetKind.Project,
        Title = new string('题', FieldLimits.Name + 50), // as a document had it: longer than an edit may make it
        ProjectName = "编制外长期聘用人员支出",
        Department = "某某局",
        Position = SourcePosition.Line(1),
        Indicators =
        [
            new Indicator { Level1 = "产出指标", Level2 = "数量指标", Name = "聘用人数", Value = new TargetValue("=5人", Sign.Equal, 5m, "人", false, ValueFlags.None), Position = SourcePosition.Line(2) },
        ],
    };

    [Fact]
    public void Check_LongTextKeptAsImported_NotMeasuredAgain()
    {
        var check = SheetEdits.Check(SheetDraft.Of(Imported), Imported);

        Assert.True(check.IsValid, string.Join("; ", check.Errors.SelectMany(e => e.Value)));
    }

    [Theory]
    [InlineData(FieldLimits.Name, true)]
    [InlineData(FieldLimits.Name + 1, false)]
    public void Check_ChangedTitle_MeasuredAgainstTheLimit(int length, bool valid)
    {
        var check = SheetEdits.Check(SheetDraft.Of(Imported) with { Title = new string('新', length) }, Imported);

        Assert.Equal(valid, check.IsValid);
        if (!valid)
        {
            Assert.Contains("不能超过 200 个字", check.Errors["title"][0], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("名称\u0000")]
    [InlineData("名称\u001b[31m")]
    [InlineData("lone surrogate")] // built below: test data cannot carry one unmangled
    public void Check_ControlOrBrokenCharacterInAName_Refused(string name)
    {
        name = name == "lone surrogate" ? (char)0xD800 + "名称" : name;
        var draft = SheetDraft.Of(Imported);
        var check = SheetEdits.Check(draft with { Indicators = [draft.Indicators[0] with { Name = name }] }, Imported);

        Assert.Contains("控制字符或无效字符", check.Errors["indicators[0].name"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LineBreaksInAGoal_Allowed()
    {
        var draft = SheetDraft.Of(Imported) with { Goals = [new GoalDraft(GoalTerm.Annual, "第一段\r\n第二段\t完")] };

        Assert.True(SheetEdits.Check(draft, Imported).IsValid);
    }
}
