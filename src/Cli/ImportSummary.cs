using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Cli;

/// <summary>The readable summary of an import: one block per sheet.</summary>
internal static class ImportSummary
{
    public static void Write(TextWriter w, IReadOnlyList<ImportedDocument> documents)
    {
        foreach (var document in documents)
        {
            w.WriteLine($"{document.Source}  （{document.Sheets.Count} 张表，{document.Sheets.Sum(s => s.Indicators.Count)} 个指标）");
            for (var i = 0; i < document.Sheets.Count; i++)
            {
                WriteSheet(w, i + 1, document.Sheets[i]);
            }

            foreach (var row in document.Unplaced)
            {
                w.WriteLine($"  未能归位 {row.Position}: {row.Text}（{row.Reason}）");
            }

            w.WriteLine();
        }

        var unplaced = documents.Sum(d => d.UnplacedCount);
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"合计：{documents.Count} 个文件，{documents.Sum(d => d.Sheets.Count)} 张表，{documents.Sum(d => d.Sheets.Sum(s => s.Indicators.Count))} 个指标，{unplaced} 行未能归位"));
    }

    private static void WriteSheet(TextWriter w, int number, TargetSheet sheet)
    {
        var kind = sheet.Kind == SheetKind.Department ? "部门整体" : "项目";
        var name = sheet.ProjectName ?? sheet.Department ?? sheet.Title ?? "（无名称）";
        var budget = sheet.Budget?.TotalWan is { } wan ? wan.ToString("#,##0.00", CultureInfo.InvariantCulture) + "万元" : "未列预算";
        var year = sheet.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? "—";
        w.WriteLine($"  {number,2}. [{kind}] {name}  {year}年度  预算 {budget}  （{sheet.Position}）");
        if (sheet.Department is { } department && sheet.ProjectName is not null)
        {
            w.WriteLine($"      单位：{department}");
        }

        foreach (var group in sheet.Indicators.GroupBy(i => i.Level1))
        {
            var parts = group.GroupBy(i => i.Level2 ?? "（无二级）").Select(g => $"{g.Key} {g.Count()}");
            w.WriteLine($"      {group.Key} {group.Count()}：{string.Join("，", parts)}");
        }

        foreach (var row in sheet.Unplaced)
        {
            w.WriteLine($"      未能归位 {row.Position}: {Shorten(row.Text)}（{row.Reason}）");
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
