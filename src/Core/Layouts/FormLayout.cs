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
        var rows = segment.Rows;
        var draft = new SheetDraft(segment.TitleCell?.Position ?? rows.FirstOrDefault()?.Position ?? SourcePosition.Line(1))
        {
            Title = segment.Title,
            Year = segment.Title is null ? null : CellText.FirstYear(segment.Title),
        };

        var fields = new HeaderFieldReader(draft);
        var headerAt = -1;
        for (var i = 0; i < rows.Count; i++)
        {
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
            ReadTable(rows, headerAt, draft, fields);
        }

        fields.Finish();
        return draft.HasContent ? [draft] : [];
    }

    private static void ReadTable(IReadOnlyList<Row> rows, int headerAt, SheetDraft draft, HeaderFieldReader fields)
    {
        var header = IndicatorHeader.Read(rows, headerAt);
        var body = rows.Skip(headerAt + header.RowCount).ToList();
        var reader = new IndicatorTableReader(header, IndicatorTableReader.HasSignColumn(body));
        var leading = rows[headerAt].Filled.TakeWhile(c => Framework.IndicatorFramework.Recognise(c.Text) is not null || CellText.IsGroupLabel(c.Text)).ToList();
        if (leading.Count > 0)
        {
            reader.Read(new Row(leading, rows[headerAt].Position), headerAt, null);
        }

        for (var i = 0; i < body.Count; i++)
        {
            var row = body[i];
            if (IsFooter(row))
            {
                reader.Close();
                foreach (var rest in body.Skip(i))
                {
                    fields.Read(rest);
                }

                break;
            }

            var next = body.Skip(i + 1).FirstOrDefault(r => !r.IsBlank);
            reader.Read(row, headerAt + header.RowCount + i, next);
        }

        reader.Close();
        draft.Indicators.AddRange(reader.Indicators);
        draft.Unplaced.AddRange(reader.Unplaced);
    }

    /// <summary>A row after the table that starts with a field label (填报人, 联系电话…), not a category.</summary>
    private static bool IsFooter(Row row) =>
        row.Filled.FirstOrDefault() is { } first
        && Framework.IndicatorFramework.Recognise(first.Text) is null
        && (FieldLabels.Of(first.Text) is { } f && f is not Field.Section || first.Text.StartsWith("填表", StringComparison.Ordinal) || first.Text.StartsWith("备注", StringComparison.Ordinal));
}
