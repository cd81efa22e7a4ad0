using System.Text;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Layouts;

/// <summary>
/// What the reader saw in a document, for someone adapting Jixiao to a new county's template
/// (`jixiao import --explain`): the text shapes detected, each segment's title, the indicator
/// header chosen with the role of each column, the rows as regrouped, and why unplaced rows were
/// not placed.
/// </summary>
public static class ImportExplanation
{
    public static string Explain(SourceDocument source, ImportedDocument document, int maxRows = 400)
    {
        var sb = new StringBuilder();
        sb.Append("文件 / file: ").AppendLine(source.Name);
        foreach (var grid in source.Grids)
        {
            sb.Append("  表格 / grid: ").AppendLine(grid.Name ?? "(全文)");
            foreach (var shape in grid.Shapes)
            {
                sb.Append("    版式 / shape: ").AppendLine(shape);
            }

            var shown = 0;
            foreach (var segment in SheetRecogniser.SegmentsOf(grid))
            {
                sb.Append("    段 / segment: ").AppendLine(segment.Title ?? "(无标题 / no title)");
                for (var i = 0; i < segment.Rows.Count && shown < maxRows; i++, shown++)
                {
                    var row = segment.Rows[i];
                    if (row.IsBlank)
                    {
                        continue;
                    }

                    if (IndicatorHeader.IsHeader(row))
                    {
                        var header = IndicatorHeader.Read(segment.Rows, i);
                        sb.Append("      表头 / header ").Append(row.Position).Append(": 名称列 / name column ").Append(header.NameColumn + 1)
                            .Append("; ").AppendJoin(", ", header.After.Select(a => $"{a.Column + 1}={a.Role}"));
                        if (header.AnnualValueColumn >= 0)
                        {
                            sb.Append("; 年度指标值 / annual value column ").Append(header.AnnualValueColumn + 1);
                        }

                        sb.AppendLine();
                    }

                    sb.Append("      ").Append(row.Position).Append(": ").AppendJoin(" | ", row.Cells.Select(c => Short(c.Text))).AppendLine();
                }
            }
        }

        foreach (var sheet in document.Sheets)
        {
            sb.Append("  目标表 / sheet: ").Append(sheet.Title ?? "(无标题)").Append(" · ").Append(sheet.ProjectName ?? sheet.Department ?? "")
                .Append(" · 指标 ").Append(sheet.Indicators.Count).Append(" · 未归位 ").Append(sheet.Unplaced.Count).AppendLine();
            foreach (var assumption in sheet.Assumptions)
            {
                sb.Append("    推断 / assumed ").Append(assumption.Position).Append(": ").AppendLine(assumption.Text);
            }

            foreach (var row in sheet.Unplaced)
            {
                sb.Append("    未归位 / unplaced ").Append(row.Position).Append(": ").Append(Short(row.Text)).Append(" — ").AppendLine(row.Reason);
            }
        }

        foreach (var row in document.Unplaced)
        {
            sb.Append("  未归位 / unplaced ").Append(row.Position).Append(": ").Append(Short(row.Text)).Append(" — ").AppendLine(row.Reason);
        }

        return sb.ToString();
    }

    private static string Short(string text)
    {
        var t = text.Replace("\n", "⏎", StringComparison.Ordinal);
        return t.Length <= 40 ? t : string.Concat(t.AsSpan(0, 39), "…");
    }
}
