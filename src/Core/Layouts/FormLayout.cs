using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Layouts;

/// <summary>
/// The one-table-per-sheet forms (批复表 of 000, 项目绩效目标表 of 002, 申报表 of 003, 单位整体 and 项目
/// tables of 004): header fields down to the indicator header, then the indicator table.
/// </summary>
internal sealed class FormLayout : ISheetLayout
{
    public IReadOnlyList<SheetDraft>? TryRead(Segment segment)
    {
        // Several forms may follow one title (a page of project tables): a new form starts where,
        // after a table, a field label opens rows that hold another indicator table.
        for (var h = 0; h < segment.Rows.Count; h++)
        {
            if (IndicatorHeader.IsHeader(segment.Rows[h]))
            {
                if (WideListLayout.ProjectColumns(segment.Rows[h]) is { } projectColumns)
                {
                    return WideListLayout.Read(segment, segment.Rows.Take(h).ToList(), h, projectColumns);
                }

                break;
            }
        }

        var drafts = new List<SheetDraft>();
        var start = 0;
        while (start < segment.Rows.Count)
        {
            var draft = ReadForm(segment, start, out var next);
            if (draft.HasContent)
            {
                drafts.Add(draft);
            }

            if (next <= start)
            {
                break;
            }

            start = next;
        }

        return drafts;
    }

    private static SheetDraft ReadForm(Segment segment, int start, out int next)
    {
        var rows = segment.Rows;
        next = -1;
        var draft = new SheetDraft(start == 0 ? segment.TitleCell?.Position ?? rows.FirstOrDefault()?.Position ?? SourcePosition.Line(1) : rows[start].Position)
        {
            Title = segment.Title,
            Year = segment.Title is null ? null : CellText.FirstYear(segment.Title),
        };

        var fields = new HeaderFieldReader(draft);
        var headerAt = -1;
        for (var i = start; i < rows.Count; i++)
        {
            Reading.ReadDeadline.Check();
            if (IndicatorHeader.IsHeader(rows[i]))
            {
                headerAt = i;
                break;
            }

            if (rows[i].Filled.ToList() is [var only] && CellText.AsYearSubtitle(only.Text) is { } year)
            {
                draft.Year ??= year;
                continue;
            }

            fields.Read(rows[i]);
        }

        // The header row may carry a category cell (003: 数量指标 | 一级 | 二级 | 三级 …).
        if (headerAt >= 0)
        {
            next = ReadTable(rows, headerAt, draft, fields);
        }

        fields.Finish();
        return draft;
    }

    /// <summary>Reads the indicator table; returns where the next form starts, or -1.</summary>
    private static int ReadTable(IReadOnlyList<Row> rows, int headerAt, SheetDraft draft, HeaderFieldReader fields)
    {
        var header = IndicatorHeader.Read(rows, headerAt);
        var bodyStart = headerAt + header.RowCount;
        var reader = new IndicatorTableReader(header, IndicatorTableReader.HasSignColumn(rows.Skip(bodyStart)));
        if (header.TargetColumns.Count > 1)
        {
            draft.Assume(rows[headerAt].Position, $"指标值按{string.Join("、", header.TargetColumns)}分列填写：已取第一列（{header.TargetColumns[0]}）为各指标的指标值，其余各列未读入，请核对");
        }
        var leading = rows[headerAt].Filled.TakeWhile(c => Framework.IndicatorFramework.Recognise(c.Text) is not null || CellText.IsGroupLabel(c.Text)).ToList();
        if (leading.Count > 0)
        {
            reader.Read(new Row(leading, rows[headerAt].Position), headerAt, null);
        }

        // The next non-blank row of each row, found once: a scan per row is quadratic in blank rows.
        var nextFilled = new int[rows.Count + 1];
        nextFilled[rows.Count] = -1;
        for (var k = rows.Count - 1; k >= bodyStart; k--)
        {
            nextFilled[k] = k + 1 < rows.Count && !rows[k + 1].IsBlank ? k + 1 : nextFilled[k + 1];
        }

        var next = -1;
        for (var i = bodyStart; i < rows.Count; i++)
        {
            Reading.ReadDeadline.Check();
            var row = rows[i];
            if (IsFooter(row))
            {
                reader.Close();
                if (StartsForm(rows, i))
                {
                    next = i;
                    break;
                }

                for (var k = i; k < rows.Count; k++)
                {
                    fields.Read(rows[k]);
                }

                break;
            }

            if (i > bodyStart && IndicatorHeader.IsHeader(row) && !row.Filled.Any(c => Framework.IndicatorFramework.Recognise(c.Text) is not null))
            {
                // The header printed again at the top of a page: not a row.
                continue;
            }

            reader.Read(row, i, nextFilled[i] >= 0 ? rows[nextFilled[i]] : null);
        }

        reader.Close();
        draft.Indicators.AddRange(reader.Indicators);
        draft.Unplaced.AddRange(reader.Unplaced);
        foreach (var (position, text) in reader.Assumptions)
        {
            draft.Assume(position, text);
        }

        return next;
    }

    /// <summary>Whether the rows from <paramref name="at"/> hold another form: an indicator header follows before any title.</summary>
    private static bool StartsForm(IReadOnlyList<Row> rows, int at)
    {
        for (var k = at; k < rows.Count && k < at + 60; k++)
        {
            if (IndicatorHeader.IsHeader(rows[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A row after the table that starts with a field label (填报人, 联系电话…), not a category.</summary>
    private static bool IsFooter(Row row) =>
        row.Filled.FirstOrDefault() is { } first
        && Framework.IndicatorFramework.Recognise(first.Text) is null
        && (CellText.IsTableNumber(first.Text) || CellText.IsPageFurniture(first.Text) || FieldLabels.Of(first.Text) is { } f && f is not Field.Section
            || (row.Filled.Count() >= 2 && CellText.AsUnitLine(first.Text) is { Code.Length: 6 })
            || first.Text.StartsWith("填表", StringComparison.Ordinal) || first.Text.StartsWith("备注", StringComparison.Ordinal)
            || first.Text.StartsWith("注:", StringComparison.Ordinal) || first.Text.StartsWith("注：", StringComparison.Ordinal)
            || (row.Filled.Count() == 1 && (CellText.IsAttachmentLine(first.Text) || CellText.IsDateLine(first.Text))));
}
