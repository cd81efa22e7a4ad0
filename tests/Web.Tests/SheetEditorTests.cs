using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Web.Sheets;

namespace Jixiao.Web.Tests;

/// <summary>The editor's logic (what the page does on each change), on a sheet built in memory.</summary>
public sealed class SheetEditorTests
{
    private static readonly TargetSheet Sheet = new()
    {
        Kind = SheetKind.Project,
        ProjectName = "编制外长期聘用人员支出",
        Department = "某某局",
        FiscalYear = 2024,
        Budget = new Budget { Total = Money.Wan(26.94m) },
        Position = SourcePosition.Line(1),
        Goals = [new Goal(GoalTerm.Annual, "保障聘用人员工资按时足额发放", SourcePosition.Line(3))],
        Indicators =
        [
            Row("产出指标", "数量指标", "聘用人数", new TargetValue("=5人", Sign.Equal, 5m, "人", false, ValueFlags.None), 10),
            Row("产出指标", "成本指标", "人员经费", new TargetValue("≤20万元", Sign.LessOrEqual, 20m, "万元", false, ValueFlags.None), 11),
            Row("满意度指标", "服务对象满意度指标", "聘用人员满意度", new TargetValue("较满意", Sign.None, null, null, true, ValueFlags.None), 12),
        ],
    };

    private static Indicator Row(string level1, string level2, string name, TargetValue value, int line) =>
        new() { Level1 = level1, Level2 = level2, Name = name, Value = value, Position = SourcePosition.Line(line) };

    [Fact]
    public void Check_Unchanged_NoErrorsAndRowsKeptAsStored()
    {
        var check = SheetEdits.Check(SheetDraft.Of(Sheet), Sheet);

        Assert.True(check.IsValid);
        Assert.Equal(Sheet.Indicators, check.Sheet.Indicators);
        Assert.Equal(Sheet.Goals, check.Sheet.Goals);
        Assert.Equal(26.94m, check.Sheet.Budget?.TotalWan);
    }

    [Fact]
    public void Check_BadFields_ChineseErrorsAtTheirPaths()
    {
        var draft = SheetDraft.Of(Sheet) with { Year = "1899", BudgetWan = "-1" };
        draft = draft with
        {
            Indicators = draft.Indicators
                .SetItem(0, draft.Indicators[0] with { Level2 = "社会效益指标" })
                .SetItem(1, draft.Indicators[1] with { Value = draft.Indicators[1].Value with { Number = "二十" } })
                .SetItem(2, draft.Indicators[2] with { Level1 = "其他", Name = " " }),
        };

        var errors = SheetEdits.Check(draft, Sheet).Errors;

        Assert.Equal(
            ["budgetWan", "indicators[0].level2", "indicators[1].value", "indicators[2].level1", "indicators[2].name", "year"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("不属于产出指标", errors["indicators[0].level2"][0], StringComparison.Ordinal);
        Assert.Contains("不是数字", errors["indicators[1].value"][0], StringComparison.Ordinal);
        Assert.Contains("第 3 行", errors["indicators[2].level1"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Editor_ValueOverBudget_FindingAppearsThenGoesWhenFixed()
    {
        var editor = new SheetEditor(Sheet, 1, RuleEngine.Default);
        Assert.DoesNotContain(editor.Findings, f => f.RuleId == "MNY-COST-OVER-BUDGET");

        editor.SetValue(1, v => v with { Number = "30" });
        var finding = Assert.Single(editor.Findings, f => f.RuleId == "MNY-COST-OVER-BUDGET");
        Assert.Equal(1, editor.RowOf(finding));
        Assert.Single(editor.FindingsOf(1), f => f.RuleId == "MNY-COST-OVER-BUDGET");

        editor.SetValue(1, v => v with { Number = "25" });
        Assert.DoesNotContain(editor.Findings, f => f.RuleId == "MNY-COST-OVER-BUDGET");
        Assert.Equal("≤25万元", editor.Check.Sheet.Indicators[1].Value.Raw);
        Assert.Equal(SourcePosition.Line(11), editor.Check.Sheet.Indicators[1].Position);
    }

    [Fact]
    public void Editor_AddMoveRemove_ThenUndoEachStep()
    {
        var editor = new SheetEditor(Sheet, 1, RuleEngine.Default);

        editor.AddRow(0);
        Assert.Equal(4, editor.Rows.Count);
        Assert.Equal(("产出指标", "数量指标", (string?)null), (editor.Rows[1].Level1, editor.Rows[1].Level2, editor.Rows[1].Name));
        Assert.NotNull(editor.ErrorOf("indicators[1].name"));

        editor.MoveRow(3, -1);
        Assert.Equal("聘用人员满意度", editor.Rows[2].Name);
        editor.RemoveRow(0);
        Assert.Equal(3, editor.Rows.Count);

        Assert.True(editor.Undo());
        Assert.True(editor.Undo());
        Assert.True(editor.Undo());
        Assert.False(editor.CanUndo);
        Assert.False(editor.IsDirty);
        Assert.Equal(Sheet.Indicators.Select(i => i.Name), editor.Check.Sheet.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void Editor_MoveBeyondTheEnds_ChangesNothing()
    {
        var editor = new SheetEditor(Sheet, 1, RuleEngine.Default);

        editor.MoveRow(0, -1);
        editor.MoveRow(2, 1);

        Assert.False(editor.CanUndo);
    }

    [Fact]
    public void Editor_NewLevel1_DropsALevel2ThatIsNotItsChild()
    {
        var editor = new SheetEditor(Sheet, 1, RuleEngine.Default);

        editor.SetLevel1(0, "效益指标");

        Assert.Null(editor.Rows[0].Level2);
        Assert.Contains("社会效益指标", editor.Level2Options(editor.Rows[0].Level1));
        Assert.Contains("缺少二级指标", editor.ErrorOf("indicators[0].level2"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editor_ToggleQualitative_CarriesTheValueOver()
    {
        var editor = new SheetEditor(Sheet, 1, RuleEngine.Default);

        editor.ToggleQualitative(0);
        Assert.Equal(new ValueDraft(true, null, null, null, "=5人"), editor.Rows[0].Value);
        editor.ToggleQualitative(0);

        Assert.False(editor.Rows[0].Value.Qualitative);
        Assert.Equal("5", editor.Rows[0].Value.Number);
        Assert.Equal("人", editor.Rows[0].Value.Unit);
        Assert.True(editor.Check.IsValid);
    }

    [Fact]
    public void Editor_Goals_AddEditRemove()
    {
        var editor = new SheetEditor(Sheet, 1, RuleEngine.Default);

        editor.AddGoal();
        Assert.NotNull(editor.ErrorOf("goals[1].text"));
        editor.SetGoal(1, g => g with { Text = "完成年度招聘计划", Term = GoalTerm.Overall });
        Assert.True(editor.Check.IsValid);
        Assert.Equal(2, editor.Check.Sheet.Goals.Count);
        editor.RemoveGoal(0);

        var goal = Assert.Single(editor.Check.Sheet.Goals);
        Assert.Equal(GoalTerm.Overall, goal.Term);
    }
}
