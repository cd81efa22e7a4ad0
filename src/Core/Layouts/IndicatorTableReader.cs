using Jixiao.Core.Framework;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Layouts;

/// <summary>
/// Reads the rows of an indicator table into indicators: category cells by meaning, the name,
/// then the cells after it by the header's roles (value, description, basis…). A row it cannot
/// place is reported with its position.
/// </summary>
internal sealed class IndicatorTableReader(IndicatorHeader header, bool signColumn)
{
    private readonly CategoryState categories = new();
    private readonly List<Indicator> indicators = [];
    private readonly List<UnplacedRow> unplaced = [];
    private string? function;
    private Record? open;
    private bool fitted;

    public IReadOnlyList<Indicator> Indicators => indicators;

    public IReadOnlyList<UnplacedRow> Unplaced => unplaced;

    /// <summary>What the reader inferred while reading the rows, for a person to check.</summary>
    public List<(SourcePosition Position, string Text)> Assumptions { get; } = [];

    /// <summary>A row whose name is read and whose cells after the name are still being collected (stacked tables).</summary>
    private sealed class Record(Cell name, string level1, string? level2, string? function, int nameColumn)
    {
        public Cell Name { get; } = name;

        public string Level1 { get; } = level1;

        public string? Level2 { get; } = level2;

        public string? Function { get; } = function;

        public string? PlacedUnder { get; init; }

        public List<(Cell Cell, int Column)> Slots { get; } = [];

        /// <summary>The 年度 half's value cell of a table with 中期 | 年度 halves.</summary>
        public Cell? Annual { get; set; }

        public HashSet<int> Columns { get; } = [nameColumn];
    }

    /// <summary>Whether any row of the table has a sign in a cell of its own (000).</summary>
    public static bool HasSignColumn(IEnumerable<Row> rows) =>
        rows.Any(r => r.Cells.Any(c => TargetValueParser.IsSignOnly(c.Text)));

    /// <summary>Reads one row; returns false when the row is not part of the table (a field label: the table has ended).</summary>
    public void Read(Row row, int index, Row? next)
    {
        var filled = row.Cells.Select((c, i) => (Cell: c with { Text = c.Text.Trim() }, Column: i)).Where(x => x.Cell.Text.Length > 0).ToList();
        if (filled.Count == 0)
        {
            return;
        }

        var i = 0;
        if (CellText.IsFunction(filled[0].Cell.Text) && filled.Count > 1)
        {
            function = filled[0].Cell.Text;
            i++;
        }

        while (i < filled.Count && CellText.IsGroupLabel(filled[i].Cell.Text))
        {
            i++;
        }

        var found = new List<CategoryMatch>();
        // Category cells, up to the name column when the row sits under the header (a name may read
        // like a category: 服务对象满意度 under 服务对象满意度指标).
        while (i < filled.Count && !(filled[i].Column == header.NameColumn && i + 1 < filled.Count && !header.Stacked && !row.Sparse)
            && IndicatorFramework.Recognise(filled[i].Cell.Text) is { } m)
        {
            found.Add(m);
            i++;
        }

        var rest = filled.Skip(i).ToList();
        var startsWithValue = rest.Count > 0 && CellText.IsValueLike(rest[0].Cell.Text);

        // A shifted row whose name repeats its category in other words: 服务对象满意度指标 | 服务对象满意度 | ≥95%.
        if ((rest.Count == 0 || startsWithValue) && found.Count >= 2 && found[^1].Category == found[^2].Category
            && !string.Equals(found[^1].Written, found[^2].Written, StringComparison.Ordinal))
        {
            i--;
            rest.Insert(0, filled[i]);
            found.RemoveAt(found.Count - 1);
            startsWithValue = false;
        }

        // Two level-2 names, then a 定性/定量 word or a value: the second is the indicator's name, worded
        // like a category (成本指标 | 社会成本指标 | 定量 | 100, under a level 1 merged from above).
        if (found.Count >= 2 && !found[^1].IsLevel1 && !found[^2].IsLevel1 && rest.Count > 0
            && (startsWithValue || ColumnFit.IsNatureWord(rest[0].Cell.Text)))
        {
            i--;
            rest.Insert(0, filled[i]);
            found.RemoveAt(found.Count - 1);
            startsWithValue = false;
        }

        // A placeholder: the categories with only a scoring standard after them (未达指标值酌情扣分), no name, no value.
        if (found.Count > 0 && rest.Count == 1 && CellText.IsScoringText(rest[0].Cell.Text))
        {
            categories.Apply(found, index);
            return;
        }

        // A category repeated on the next line as the name of its only indicator (003: 社会公众或服务对象满意度).
        if (found.Count > 0 && (rest.Count == 0 || startsWithValue) && categories.Level2Row >= 0 && categories.Level2Row < index
            && string.Equals(found[^1].Written, categories.Level2, StringComparison.Ordinal) && rest.Count > 0)
        {
            rest.Insert(0, filled[i - 1]);
            found.RemoveAt(found.Count - 1);
            startsWithValue = false;
        }

        if (found.Count == 0 && open is not null && header.Stacked && open.Slots.Count < header.After.Count
            && open.Columns.Contains(filled[0].Column))
        {
            foreach (var x in filled)
            {
                open.Slots.Add((x.Cell, x.Column));
                open.Columns.Add(x.Column);
            }

            return;
        }

        Close();
        var rowLevel2 = found.Count > 0 ? categories.Apply(found, index) : categories.Level2;
        if (rest.Count == 0)
        {
            return; // a category-only row: a merged category cell, not an indicator
        }

        if (startsWithValue)
        {
            var repeats = next is not null && next.Filled.FirstOrDefault() is { } first && found.Count > 0
                && string.Equals(IndicatorFramework.CleanWritten(first.Text), found[^1].Written, StringComparison.Ordinal);
            if (!repeats)
            {
                unplaced.Add(new UnplacedRow(row.Position, row.Text, "指标名称缺失：该行只有指标值"));
            }

            return;
        }

        if (categories.Level1 is null && header.HasCategoryColumns)
        {
            unplaced.Add(new UnplacedRow(row.Position, row.Text, "未能确定一级指标"));
            return;
        }

        // A table without category columns: the categories stay empty, as written (not guessed from the names).
        var record = new Record(rest[0].Cell, categories.Level1 ?? "", rowLevel2, function, rest[0].Column) { PlacedUnder = categories.PlacedUnder };
        var absolute = !header.Stacked && (rest[0].Column == header.NameColumn || row.Sparse);
        if (absolute && row.Sparse)
        {
            FitSlots(record, rest.Skip(1).Select(x => x.Cell).ToList());
        }
        else if (absolute)
        {
            AddAbsoluteSlots(record, row);
        }
        else
        {
            foreach (var x in rest.Skip(1))
            {
                record.Slots.Add((x.Cell, x.Column));
                record.Columns.Add(x.Column);
            }
        }

        open = record;
        if (!header.Stacked)
        {
            Close(absolute);
        }
    }

    /// <summary>Emits the record being collected, if any.</summary>
    public void Close(bool absolute = false)
    {
        if (open is null)
        {
            return;
        }

        var record = open;
        open = null;
        var slots = absolute ? record.Slots.Select(s => s.Cell).ToList() : JoinSigns(record.Slots.Select(s => s.Cell).Where(c => c.Text.Length > 0).ToList());
        indicators.Add(IndicatorBuilder.Build(record.Name, record.Level1, record.Level2, record.Function, slots,
            header, absolute, record.Annual ?? (absolute ? null : AnnualOfShifted(record, slots))) with { PlacedUnder = record.PlacedUnder });
    }

    /// <summary>
    /// The 年度 half's value in a row shifted by merged cells: the last cell after the first half
    /// that is neither a category nor the name repeated.
    /// </summary>
    private Cell? AnnualOfShifted(Record record, List<Cell> slots)
    {
        if (header.AnnualValueColumn < 0 || slots.Count <= header.After.Count)
        {
            return null;
        }

        var name = record.Name.Text.Trim();
        return slots.Skip(header.After.Count).LastOrDefault(c => IndicatorFramework.Recognise(c.Text) is null && !string.Equals(c.Text.Trim(), name, StringComparison.Ordinal));
    }

    /// <summary>
    /// Space-separated rows lose their empty cells: each cell after the name goes to the first
    /// column left that can hold it (a sign or 定性 to 指标性质, a unit to 计量单位, a number to 权重,
    /// anything to 指标值), so 「完成时限 1 5」 under 指标性质 | 指标值 | 度量单位 | 权重 reads 1 and 5.
    /// </summary>
    private void FitSlots(Record record, List<Cell> cells)
    {
        if (cells.Count < header.After.Count && !fitted)
        {
            fitted = true;
            Assumptions.Add((record.Name.Position, "原文以空格分列、空白单元格已丢失：本行起各值按内容归入指标性质、指标值、计量单位、分值等列，请核对"));
        }

        var slots = header.After.Select(a => (Cell?)null).ToList();
        var cursor = 0;
        foreach (var cell in cells)
        {
            var j = cursor;
            while (j < header.After.Count && !ColumnFit.Accepts(header.After[j].Role, cell.Text))
            {
                j++;
            }

            if (j == header.After.Count)
            {
                j = slots.FindIndex(cursor, s => s is null);
                if (j < 0)
                {
                    break;
                }
            }

            slots[j] = cell;
            cursor = j + 1;
        }

        for (var k = 0; k < slots.Count; k++)
        {
            record.Slots.Add((slots[k] ?? new Cell("", record.Name.Position), header.After[k].Column));
        }
    }

    private void AddAbsoluteSlots(Record record, Row row)
    {
        if (header.AnnualValueColumn >= 0 && header.AnnualValueColumn < row.Cells.Count)
        {
            record.Annual = row.Cells[header.AnnualValueColumn] with { Text = row.Cells[header.AnnualValueColumn].Text.Trim() };
        }

        foreach (var (role, column) in header.After)
        {
            var cell = column < row.Cells.Count ? row.Cells[column] with { Text = row.Cells[column].Text.Trim() } : new Cell("", row.Position);
            if (role == ColumnRole.Value && column + 1 < row.Cells.Count && !header.After.Any(a => a.Column == column + 1))
            {
                var following = row.Cells[column + 1].Text.Trim();
                if (TargetValueParser.IsSignOnly(cell.Text) && following.Length > 0)
                {
                    cell = cell with { Text = cell.Text + following };
                }
                else if (signColumn && following.Length > 0)
                {
                    cell = row.Cells[column + 1] with { Text = following }; // the sign column holds no sign: the value is beside it
                }
            }

            record.Slots.Add((cell, column));
        }
    }

    /// <summary>A sign in a cell of its own joins the value after it; in a sign-column table a non-sign there is dropped.</summary>
    private List<Cell> JoinSigns(List<Cell> cells)
    {
        var joined = new List<Cell>(cells.Count);
        for (var k = 0; k < cells.Count; k++)
        {
            if (TargetValueParser.IsSignOnly(cells[k].Text) && k + 1 < cells.Count)
            {
                joined.Add(cells[k] with { Text = cells[k].Text + cells[k + 1].Text });
                k++;
            }
            else
            {
                joined.Add(cells[k]);
            }
        }

        if (signColumn && joined.Count > Math.Max(1, header.After.Count) && !TargetValueParser.IsSignOnly(cells[0].Text)
            && CellText.IsValueLike(joined[0].Text) && joined.Count > 1 && CellText.IsValueLike(joined[1].Text))
        {
            joined.RemoveAt(0);
        }

        return joined;
    }
}
