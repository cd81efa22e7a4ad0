using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Layouts;

/// <summary>
/// Reads the header fields of a form (the rows above the indicator table) into a draft: label
/// cells are recognised wherever they sit, and a value finds its label on the same row, in the
/// same cell after a colon, or — when the form wraps — in a label row above it.
/// </summary>
internal sealed partial class HeaderFieldReader(SheetDraft draft)
{
    private readonly List<(Field Field, int Column, string Label)> pending = [];
    private Field? lastList;
    private bool purposeNext;
    private bool keyTasks;
    private List<string>? planLabels;
    private string? orphanAfterSection;

    [GeneratedRegex(@"^(?:(?:目标|计划|任务|职能)\s*\d+\s*[:：]?|\d{1,2}[\.、]?)$")]
    private static partial Regex ItemLabel();

    [GeneratedRegex(@"(?=(?:目标|职能)\s*\d+\s*[:：])")]
    private static partial Regex ItemSplit();

    public void Read(Row row)
    {
        var filled = row.Cells.Select((c, i) => (Cell: c with { Text = c.Text.Trim() }, Column: i)).Where(x => x.Cell.Text.Length > 0).ToList();
        if (filled.Count == 0)
        {
            return;
        }

        // A unit line: 356001乐亭县人力资源和社会保障局本级 (often beside 单位：万元).
        if (CellText.AsUnitLine(filled[0].Cell.Text) is { } unitLine && unitLine.Code.Length == 6)
        {
            draft.UnitCode ??= unitLine.Code;
            draft.Set(Field.Unit, unitLine.Name, filled[0].Cell.Position);
            filled.RemoveAt(0);
            if (filled.Count == 0)
            {
                return;
            }
        }

        if (planLabels is not null && TryReadSpendingPlan(filled))
        {
            return;
        }

        JoinWrappedLabels(filled);

        var hasLabel = false;
        for (var k = 0; k < filled.Count; k++)
        {
            var (cell, column) = filled[k];
            var text = cell.Text;
            if (SplitLabel(text) is { } inline)
            {
                hasLabel = true;
                Assign(inline.Field, inline.Value, cell.Position, inline.Label);
                continue;
            }

            if (FieldLabels.Of(text) is { } field && text.Length <= 30)
            {
                hasLabel = true;
                if (!OnLabel(field, text, filled, ref k, column))
                {
                    break;
                }

                continue;
            }

            OnValue(cell, column, filled[0].Column > 0, filled, ref k);
        }

        if (hasLabel && filled.All(x => FieldLabels.Of(x.Cell.Text) is not null))
        {
            lastList = null;
        }
    }

    /// <summary>
    /// A label wrapped in its narrow cell and copied line by line arrives as two short cells (年度 | 目标 |
    /// the goal): joined when neither is a label alone and together they are one.
    /// </summary>
    private static void JoinWrappedLabels(List<(Cell Cell, int Column)> filled)
    {
        for (var k = 0; k + 1 < filled.Count; k++)
        {
            var (head, tail) = (filled[k].Cell.Text, filled[k + 1].Cell.Text);
            if (head.Length <= 4 && tail.Length <= 4 && FieldLabels.Of(head) is null && FieldLabels.Of(tail) is null
                && FieldLabels.Of(head + tail) is { } joined && joined != Field.Section)
            {
                filled[k] = (filled[k].Cell with { Text = head + tail }, filled[k].Column);
                filled.RemoveAt(k + 1);
            }
        }
    }

    /// <summary>The project name a wrapped form put on the section row (003: 项目基本情况 | name, then 项目名称 | leader).</summary>
    public void Finish()
    {
        if (orphanAfterSection is { } orphan && draft.Get(Field.Leader) is null && draft.Get(Field.ProjectName) is { } name
            && name.Length <= 4 && orphan.Length > name.Length)
        {
            var position = draft.Fields[Field.ProjectName].Position;
            draft.Fields[Field.Leader] = (name, position);
            draft.Fields[Field.ProjectName] = (orphan, position);
        }
    }

    private bool OnLabel(Field field, string text, List<(Cell Cell, int Column)> filled, ref int k, int column)
    {
        if (field == Field.Section && (Label.MoneyUnitOf(text) ?? UnitBeside(filled, k)) is { } unit)
        {
            draft.MoneyUnit = unit;
        }

        switch (field)
        {
            case Field.Section:
                purposeNext |= text.Contains("资金用途", StringComparison.Ordinal);
                return true;
            case Field.KeyTasks:
                keyTasks = true;
                return false;
            case Field.SpendingPlan:
                planLabels = filled.Skip(k + 1).Select(x => x.Cell.Text).ToList();
                return false;
        }

        if (IsList(field))
        {
            lastList = field;
            var items = filled.Skip(k + 1).TakeWhile(x => FieldLabels.Of(x.Cell.Text) is null).ToList();
            k += items.Count;
            items.RemoveAll(x => ItemLabel().IsMatch(x.Cell.Text));
            foreach (var item in items)
            {
                Assign(field, item.Cell.Text, item.Cell.Position, text);
            }

            if (items.Count == 0)
            {
                pending.Add((field, column, text));
            }

            return true;
        }

        if (k + 1 < filled.Count && FieldLabels.Of(filled[k + 1].Cell.Text) is null)
        {
            k++;
            Assign(field, filled[k].Cell.Text, filled[k].Cell.Position, text);
        }
        else
        {
            pending.Add((field, column, text));
        }

        return true;
    }

    private void OnValue(Cell cell, int column, bool indented, List<(Cell Cell, int Column)> filled, ref int k)
    {
        if (keyTasks && ItemLabel().IsMatch(cell.Text))
        {
            var at = k;
            string? At(int i) => at + i < filled.Count ? filled[at + i].Cell.Text : null;
            if (At(1) is { } content)
            {
                var funds = At(2) is { } f && decimal.TryParse(f, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? Money.Wan(amount) : (Money?)null;
                draft.KeyTasks.Add(new KeyTask(cell.Text.TrimEnd(':', '：'), content, funds, At(3), cell.Position));
            }

            k = filled.Count;
            return;
        }

        if (ItemLabel().IsMatch(cell.Text))
        {
            return;
        }

        // A label above or before without its value: money labels take only amounts.
        var numeric = IsAmountText(cell.Text);
        var candidates = pending.Where(p => numeric || !IsMoney(p.Field)).ToList();
        if (candidates.Count > 0)
        {
            var target = candidates.Where(p => p.Column <= column).DefaultIfEmpty(candidates[0]).MaxBy(p => p.Column);
            pending.Remove(target);
            Assign(target.Field, cell.Text, cell.Position, target.Label);
            return;
        }

        if (purposeNext && draft.Get(Field.Purpose) is null)
        {
            purposeNext = false;
            draft.Set(Field.Purpose, cell.Text, cell.Position);
            return;
        }

        if (lastList is { } list && indented)
        {
            Assign(list, cell.Text, cell.Position, list.ToString());
            return;
        }

        if (draft.Fields.Count == 0 || (draft.Fields.Count <= 2 && !draft.Fields.ContainsKey(Field.ProjectName)))
        {
            orphanAfterSection ??= cell.Text;
        }
    }

    private bool TryReadSpendingPlan(List<(Cell Cell, int Column)> filled)
    {
        var labels = planLabels!;
        var values = filled.Select(x => (x.Cell, Value: TargetValueParser.Parse(x.Cell.Text))).ToList();
        if (values.Count == 0 || values.Any(v => v.Value.Number is null))
        {
            planLabels = null;
            return false;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var label = i < labels.Count ? labels[i] : $"第{i + 1}期";
            draft.SpendingPlan.Add(new SpendingPlanPoint(label, values[i].Value.Number!.Value, values[i].Cell.Position));
        }

        planLabels = null;
        return true;
    }

    private static (Field Field, string Label, string Value)? SplitLabel(string text)
    {
        var colon = text.IndexOfAny([':', '：']);
        if (colon <= 0 || colon > 16)
        {
            return null;
        }

        var label = text[..colon];
        return FieldLabels.Of(label) is { } f && f != Field.Section && !IsList(f) || (FieldLabels.Of(label) is { } g && g is Field.Organisation or Field.Rules)
            ? (FieldLabels.Of(label)!.Value, label, text[(colon + 1)..].Trim())
            : null;
    }

    /// <summary>
    /// A cell that is only an amount (298.00, 77000.00元): the text a pending money label may take.
    /// A goal such as "目标1：资金按规定…" holds a number but is not an amount.
    /// </summary>
    private static bool IsAmountText(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.EndsWith("万元", StringComparison.Ordinal))
        {
            t = t[..^2];
        }
        else if (t.EndsWith("元", StringComparison.Ordinal))
        {
            t = t[..^1];
        }

        var digits = 0;
        foreach (var c in t)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('.' or ','))
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>
    /// The items of a goals or functions cell, split before each 目标N： / 职能N：. A list number standing before such a
    /// label (1.目标1：… （2）目标2：…) stays with its item: it is neither an item of its own nor the end of the one before.
    /// </summary>
    private static List<string> Items(string value)
    {
        var items = new List<string>();
        var number = "";
        foreach (var raw in ItemSplit().Split(value))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (BareNumber().IsMatch(part))
            {
                number += part;
                continue;
            }

            // 目标1：…。（2）| 目标2：… — the split leaves the next item's number at the end of this one.
            var trailing = TrailingNumber().Match(part);
            items.Add(number + (trailing.Success ? part[..trailing.Index].TrimEnd() : part));
            number = trailing.Success ? trailing.Value : "";
        }

        if (number.Length > 0)
        {
            items.Add(number); // a number with nothing after it is all the cell says: kept as written
        }

        return items;
    }

    [GeneratedRegex(@"^[(（]?\d{1,3}[)）.．、]?$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"(?<=[。；;，,])(?:[(（]\d{1,3}[)）]|\d{1,3}[.．、])$")]
    private static partial Regex TrailingNumber();

    private static bool IsMoney(Field field) => field is Field.Total or Field.CurrentYear or Field.Fiscal or Field.Other
        or Field.Basic or Field.ProjectSpending or Field.OtherSpendingLine or Field.PeriodTotal;

    private static bool IsList(Field field) => field is Field.Functions or Field.OverallGoal or Field.AnnualGoal or Field.PeriodGoal
        or Field.DetailedGoal or Field.Plan or Field.Organisation or Field.Rules;

    private void Assign(Field field, string value, SourcePosition position, string label)
    {
        if (value.Length == 0)
        {
            pending.Add((field, position.Column, label));
            return;
        }

        switch (field)
        {
            case Field.Functions:
                foreach (var part in Items(value))
                {
                    var colon = part.IndexOfAny([':', '：']);
                    draft.Functions.Add(colon > 0 && colon < 8 ? new Function(part[..colon].Trim(), part[(colon + 1)..].Trim(), position) : new Function(part, part, position));
                }

                return;
            case Field.OverallGoal or Field.AnnualGoal or Field.PeriodGoal or Field.DetailedGoal:
                var term = field switch
                {
                    Field.OverallGoal => GoalTerm.Overall,
                    Field.PeriodGoal => GoalTerm.ImplementationPeriod,
                    Field.DetailedGoal => GoalTerm.Detailed,
                    _ => GoalTerm.Annual,
                };
                foreach (var part in Items(value))
                {
                    draft.Goals.Add(new Goal(term, part, position));
                }

                return;
            case Field.Plan:
                draft.Plans.Add(new PlanItem(value, position));
                return;
            case Field.Organisation or Field.Rules:
                draft.Measures.Add(new Measure(field == Field.Organisation ? "组织机构" : "管理制度", value, position));
                return;
            case Field.MoneyUnitLine:
                draft.MoneyUnit = value.Contains("万元", StringComparison.Ordinal) ? MoneyUnit.Wan : value.Contains('元', StringComparison.Ordinal) ? MoneyUnit.Yuan : draft.MoneyUnit;
                return;
            case Field.Total or Field.CurrentYear or Field.Fiscal or Field.Other or Field.Basic or Field.ProjectSpending or Field.OtherSpendingLine or Field.PeriodTotal:
                AssignMoney(field, value, position, label);
                return;
            default:
                draft.Set(field, value, position);
                return;
        }
    }

    /// <summary>A section label's unit in the cell after it: 项目资金 | （元）.</summary>
    private static MoneyUnit? UnitBeside(List<(Cell Cell, int Column)> filled, int k) =>
        k + 1 < filled.Count && filled[k + 1].Cell.Text.Trim() is { Length: <= 6 } next && (next.StartsWith('(') || next.StartsWith('（'))
            ? Label.MoneyUnitOf(next)
            : null;

    private void AssignMoney(Field field, string value, SourcePosition position, string label)
    {
        var parsed = TargetValueParser.Parse(value);
        if (parsed.Number is not { } amount)
        {
            return;
        }

        var stated = Label.MoneyUnitOf(label)
            ?? (parsed.Unit == "万元" ? MoneyUnit.Wan : parsed.Unit == "元" ? MoneyUnit.Yuan : draft.MoneyUnit);
        var money = new Money(amount, stated ?? MoneyUnit.Wan);
        if (field == Field.OtherSpendingLine)
        {
            draft.OtherLines.Add(new BudgetLine(Label.Normalise(label), money));
            return;
        }

        if (field is Field.Fiscal or Field.Other && draft.Amounts.TryGetValue(field, out var earlier)
            && TotalColumn() is { } column && position.Part == column.Part
            && Math.Abs(position.Column - column.Column) < Math.Abs(earlier.Position.Column - column.Column))
        {
            // 中期资金总额 | x | 年度资金总额 | y, then 其中:财政拨款 under each: the sources that add up to the
            // sheet's budget (the year's) are the ones under its total — the nearest column, as a merged
            // label cell (项目资金(万元)) may shift one row against the other.
            draft.Amounts[field] = (money, position);
            if (stated is null)
            {
                draft.UnitlessAmounts.Add(field);
            }
            else
            {
                draft.UnitlessAmounts.Remove(field);
            }

            return;
        }

        if (draft.Amounts.TryAdd(field, (money, position)) && stated is null)
        {
            draft.UnitlessAmounts.Add(field);
        }
    }

    /// <summary>Where the sheet's budget total was read (资金总额, else 当年度金额), if it was.</summary>
    private SourcePosition? TotalColumn() =>
        draft.Amounts.TryGetValue(Field.Total, out var total) ? total.Position
        : draft.Amounts.TryGetValue(Field.CurrentYear, out var year) ? year.Position
        : null;
}
