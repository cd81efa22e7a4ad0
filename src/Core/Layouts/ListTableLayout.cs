using Jixiao.Core.Framework;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Layouts;

/// <summary>
/// The 公开表 list (001): one row per project with 单位编码, 单位及项目名称, 金额, 绩效目标 and 绩效指标,
/// the indicators an HTML outline inside one cell (一、产出指标 / (一) 数量指标 / 1. name value).
/// Unit rows (426, 426001) give the department and unit; 合计 rows are kept as declared totals.
/// </summary>
internal sealed class ListTableLayout : ISheetLayout
{
    private sealed record Columns(int Code, int Name, int Amount, int Goals, int Indicators, MoneyUnit Unit);

    public IReadOnlyList<SheetDraft>? TryRead(Segment segment)
    {
        var headerAt = -1;
        Columns? columns = null;
        for (var i = 0; i < segment.Rows.Count && columns is null; i++)
        {
            Reading.ReadDeadline.Check();
            columns = Header(segment.Rows[i]);
            headerAt = i;
        }

        if (columns is null)
        {
            return null;
        }

        var drafts = new List<SheetDraft>();
        string? department = null, unit = null, unitCode = null;
        var beforeFirst = new List<UnplacedRow>();
        foreach (var row in segment.Rows.Skip(headerAt + 1))
        {
            Reading.ReadDeadline.Check();
            string At(int c) => c >= 0 && c < row.Cells.Count ? row.Cells[c].Text.Trim() : "";
            if (row.IsBlank)
            {
                continue;
            }

            var code = At(columns.Code);
            var name = At(columns.Name);
            var amount = TargetValueParser.Parse(At(columns.Amount)).Number;
            var money = amount is { } a ? new Money(a, columns.Unit) : (Money?)null;
            if (code == "合计" || name == "合计" || name == "总计")
            {
                if (money is { } total)
                {
                    segment.Totals.Add(new DeclaredTotalDraft("合计", total, row.Position));
                }

                continue;
            }

            if (At(columns.Goals).Length == 0 && At(columns.Indicators).Length == 0 && code.Length is 3 or 6 && code.All(char.IsAsciiDigit))
            {
                if (code.Length == 3 || department is null)
                {
                    department = name;
                }

                unit = name;
                unitCode = code;
                if (money is { } subtotal)
                {
                    segment.Totals.Add(new DeclaredTotalDraft($"{code} {name}", subtotal, row.Position));
                }

                continue;
            }

            if (name.Length == 0 && At(columns.Goals).Length == 0 && At(columns.Indicators).Length == 0)
            {
                // Not a project: a footnote such as 注：以上金额单位为万元 or 填表人：张三, often a single cell. It is
                // listed with the project above it (the first project when none is above), never dropped.
                var unplaced = new UnplacedRow(row.Position, row.Text, "缺少项目名称，未作为项目读取");
                (drafts.Count > 0 ? drafts[^1].Unplaced : beforeFirst).Add(unplaced);
                continue;
            }

            drafts.Add(Project(segment, row, columns, department, unit, unitCode, code, name, money));
            if (drafts.Count == 1)
            {
                drafts[0].Unplaced.InsertRange(0, beforeFirst);
            }
        }

        return drafts;
    }

    private static SheetDraft Project(Segment segment, Row row, Columns columns, string? department, string? unit, string? unitCode, string code, string name, Money? money)
    {
        var draft = new SheetDraft(row.Position) { Title = segment.Title, Year = segment.Title is null ? null : CellText.FirstYear(segment.Title), UnitCode = unitCode };
        draft.Set(Field.ProjectName, name, PositionOf(row, columns.Name));
        if (code.Length > 0)
        {
            draft.Set(Field.ProjectCode, code, PositionOf(row, columns.Code));
        }

        if (department is not null)
        {
            draft.Set(Field.Department, department, row.Position);
        }

        if (unit is not null)
        {
            draft.Set(Field.Unit, unit, row.Position);
        }

        if (money is { } m)
        {
            draft.Amounts[Field.Total] = (m, PositionOf(row, columns.Amount));
        }

        if (columns.Goals < row.Cells.Count)
        {
            var goalsCell = row.Cells[columns.Goals];
            var items = HtmlOutline.Items(goalsCell.Text);
            for (var k = 0; k < items.Count; k++)
            {
                draft.Goals.Add(new Goal(GoalTerm.Annual, items[k], goalsCell.Position.AtItem(k + 1)));
            }
        }

        if (columns.Indicators < row.Cells.Count)
        {
            ReadOutline(row.Cells[columns.Indicators], draft);
        }

        return draft;
    }

    private static void ReadOutline(Cell cell, SheetDraft draft)
    {
        var state = new CategoryState();
        var items = HtmlOutline.Items(cell.Text);
        for (var k = 0; k < items.Count; k++)
        {
            var text = Latex.Render(items[k]).Trim();
            var position = cell.Position.AtItem(k + 1);
            if (IndicatorFramework.Recognise(text) is { } category)
            {
                state.Apply([category], k);
                continue;
            }

            if (state.Level1 is null)
            {
                draft.Unplaced.Add(new UnplacedRow(position, text, "指标出现在一级指标之前"));
                continue;
            }

            var (name, value) = SplitNameValue(CellText.IndicatorName(text));
            draft.Indicators.Add(new Indicator
            {
                Level1 = state.Level1,
                Level2 = state.Level2,
                PlacedUnder = state.PlacedUnder,
                Name = name,
                Value = IndicatorBuilder.WithUnitFromName(TargetValueParser.Parse(value), name),
                Position = position,
                ValuePosition = position,
            });
        }
    }

    /// <summary>Where a column's cell is, or the row's position when the row is shorter than that.</summary>
    private static SourcePosition PositionOf(Row row, int column) =>
        column >= 0 && column < row.Cells.Count ? row.Cells[column].Position : row.Position;

    /// <summary>"新增就业岗位 ≥740个" → name and value: at the first sign, else at the last space.</summary>
    internal static (string Name, string? Value) SplitNameValue(string text)
    {
        var sign = text.IndexOfAny(['≥', '≤', '≈', '≅', '>', '<', '=', '＞', '＜']);
        if (sign > 0)
        {
            return (text[..sign].Trim(), text[sign..].Trim());
        }

        var space = text.LastIndexOf(' ');
        return space > 0 ? (text[..space].Trim(), text[(space + 1)..].Trim()) : (text, null);
    }

    private static Columns? Header(Row row)
    {
        int code = -1, name = -1, amount = -1, goals = -1, indicators = -1;
        var unit = MoneyUnit.Wan;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var t = Label.Normalise(row.Cells[c].Text);
            if (t.Contains("编码", StringComparison.Ordinal) || t.Contains("代码", StringComparison.Ordinal))
            {
                code = c;
            }
            else if (t.Contains("项目名称", StringComparison.Ordinal) || t == "项目")
            {
                name = c;
            }
            else if (t.Contains("金额", StringComparison.Ordinal) || t.Contains("预算数", StringComparison.Ordinal))
            {
                amount = c;
                unit = Label.MoneyUnitOf(row.Cells[c].Text) ?? MoneyUnit.Wan;
            }
            else if (t == "绩效目标" || t == "年度绩效目标")
            {
                goals = c;
            }
            else if (t == "绩效指标" || t == "年度绩效指标")
            {
                indicators = c;
            }
        }

        return name >= 0 && indicators >= 0 ? new Columns(code, name, amount, goals, indicators, unit) : null;
    }
}
