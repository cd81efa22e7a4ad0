using Jixiao.Core.Framework;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Web.Sheets;

/// <summary>The editor's changes to rows and goals: each is one <see cref="Edit"/>, so one step for 撤销.</summary>
public sealed partial class SheetEditor
{
    public void AddRow(int? after = null) => Edit(d =>
    {
        var at = after is { } a && a >= 0 && a < d.Indicators.Count ? a + 1 : d.Indicators.Count;
        var template = at > 0 ? d.Indicators[at - 1] : null;
        return d with { Indicators = d.Indicators.Insert(at, IndicatorDraft.Empty with { Level1 = template?.Level1, Level2 = template?.Level2 }) };
    });

    public void RemoveRow(int row) => Edit(d => row >= 0 && row < d.Indicators.Count ? d with { Indicators = d.Indicators.RemoveAt(row) } : d);

    /// <summary>Moves a row up (-1) or down (+1).</summary>
    public void MoveRow(int row, int by) => Edit(d =>
    {
        var to = row + by;
        if (row < 0 || row >= d.Indicators.Count || to < 0 || to >= d.Indicators.Count)
        {
            return d;
        }

        var moved = d.Indicators[row];
        return d with { Indicators = d.Indicators.RemoveAt(row).Insert(to, moved) };
    });

    public void SetRow(int row, Func<IndicatorDraft, IndicatorDraft> change) => Edit(d =>
    {
        if (row < 0 || row >= d.Indicators.Count)
        {
            return d;
        }

        var next = change(d.Indicators[row]);
        return next == d.Indicators[row] ? d : d with { Indicators = d.Indicators.SetItem(row, next) };
    });

    /// <summary>A new 一级指标; the 二级指标 is kept only if it belongs to it.</summary>
    public void SetLevel1(int row, string? level1) => SetRow(row, r => r with
    {
        Level1 = level1,
        Level2 = Level2Options(level1).Contains(IndicatorFramework.Recognise(r.Level2, Stored.Framework)?.Category.Name) ? r.Level2 : null,
    });

    public void SetValue(int row, Func<ValueDraft, ValueDraft> change) => SetRow(row, r => r with { Value = change(r.Value) });

    /// <summary>定量 ⇄ 定性, carrying what was entered over: a number becomes its text, a text with a number is read.</summary>
    public void ToggleQualitative(int row) => SetValue(row, v =>
    {
        if (!v.Qualitative)
        {
            var sign = ValueDraft.SignOf(v.Sign) ?? Sign.None;
            var text = SheetEdits.Clean(v.Number) is null ? null : TargetValueParser.SignSymbol(sign) + v.Number?.Trim() + v.Unit?.Trim();
            return new ValueDraft(true, null, null, null, text);
        }

        var parsed = TargetValueParser.Parse(v.Text);
        return parsed.Number is null || parsed.IsQualitative
            ? new ValueDraft(false, null, null, null, null)
            : ValueDraft.Of(parsed) with { Qualitative = false };
    });

    public void AddGoal() => Edit(d => d with { Goals = (d.Goals ?? []).Add(new GoalDraft(GoalTerm.Annual, null)) });

    public void RemoveGoal(int index) => Edit(d => d.Goals is { } g && index >= 0 && index < g.Count ? d with { Goals = g.RemoveAt(index) } : d);

    public void SetGoal(int index, Func<GoalDraft, GoalDraft> change) => Edit(d =>
    {
        if (d.Goals is not { } goals || index < 0 || index >= goals.Count)
        {
            return d;
        }

        var next = change(goals[index]);
        return next == goals[index] ? d : d with { Goals = goals.SetItem(index, next) };
    });
}
