using Jixiao.Core.Framework;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Layouts;

/// <summary>
/// A wide list of projects (项目名称 | 项目单位 | 预算数 | 年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | …
/// in one header): a row that fills the project columns starts the next project's sheet and also
/// holds its first indicator; the rows under it hold the rest of its indicators. Amounts take the
/// unit of the table's 单位 line (元 or 万元).
/// </summary>
internal static class WideListLayout
{
    /// <summary>The project columns of a header (labels of fields before the category and name columns), when one is 项目名称.</summary>
    public static IReadOnlyList<(int Column, string Label)>? ProjectColumns(Row header)
    {
        var columns = new List<(int, string)>();
        for (var c = 0; c < header.Cells.Count; c++)
        {
            var text = header.Cells[c].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (ColumnRoles.Of(text) is ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Name)
            {
                break;
            }

            if (FieldLabels.Of(text) is { } field && field is not Field.Section)
            {
                columns.Add((c, text));
            }
        }

        return columns.Count >= 2 && columns.Any(c => FieldLabels.Of(c.Item2) == Field.ProjectName) ? columns : null;
    }

    public static List<SheetDraft> Read(Segment segment, IReadOnlyList<Row> preamble, int headerAt, IReadOnlyList<(int Column, string Label)> projectColumns)
    {
        var rows = segment.Rows;
        var template = new SheetDraft(segment.TitleCell?.Position ?? rows[headerAt].Position) { Title = segment.Title };
        var preambleFields = new HeaderFieldReader(template);
        foreach (var row in preamble)
        {
            preambleFields.Read(row);
        }

        var header = IndicatorHeader.Read(rows, headerAt);
        var drafts = new List<SheetDraft>();
        SheetDraft? draft = null;
        IndicatorTableReader? reader = null;

        void Finish()
        {
            if (draft is null || reader is null)
            {
                return;
            }

            reader.Close();
            draft.Indicators.AddRange(reader.Indicators);
            draft.Unplaced.AddRange(reader.Unplaced);
            foreach (var (position, text) in reader.Assumptions)
            {
                draft.Assume(position, text);
            }

            drafts.Add(draft);
        }

        for (var i = headerAt + header.RowCount; i < rows.Count; i++)
        {
            Reading.ReadDeadline.Check();
            var row = rows[i];
            var filled = row.Cells.Select((c, k) => (Cell: c, Column: k)).Where(x => !x.Cell.IsBlank).ToList();
            if (filled.Count == 0)
            {
                continue;
            }

            var firstCategory = filled.FindIndex(x => IndicatorFramework.Recognise(x.Cell.Text) is not null);
            var lead = firstCategory < 0 ? 0 : firstCategory;
            if (lead >= 2)
            {
                Finish();
                draft = new SheetDraft(row.Position) { Title = template.Title, Year = template.Year, MoneyUnit = template.MoneyUnit };
                reader = new IndicatorTableReader(header, signColumn: false);
                var fields = new HeaderFieldReader(draft);
                for (var k = 0; k < lead && k < projectColumns.Count; k++)
                {
                    var label = rows[headerAt].Cells[projectColumns[k].Column];
                    fields.Read(new Row([label, filled[k].Cell], row.Position));
                }

                fields.Finish();
                var cells = row.Cells.Select((c, k) => filled.Take(lead).Any(f => f.Column == k) ? c with { Text = "" } : c).ToList();
                row = row with { Cells = cells };
            }

            if (reader is null)
            {
                continue;
            }

            reader.Read(row, i, null);
        }

        Finish();
        return drafts;
    }
}
