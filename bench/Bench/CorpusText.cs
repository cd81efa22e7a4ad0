using System.Globalization;
using System.Text;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Bench;

/// <summary>
/// Writes a corpus as tab-separated text in the shapes of seed 004 (部门下属单位整体预算绩效目标表 and
/// 项目支出绩效目标表, merged category cells left blank), one file per document, so `jixiao import`
/// and `jixiao review` read it like a real document; and checks that it reads back.
/// </summary>
public static class CorpusText
{
    public static IReadOnlyList<string> Write(IEnumerable<ImportedDocument> documents, string folder)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var document in documents)
        {
            var path = Path.Combine(folder, document.Source);
            File.WriteAllText(path, ToText(document), new UTF8Encoding(false));
            paths.Add(path);
        }

        return paths;
    }

    public static string ToText(ImportedDocument document)
    {
        var w = new StringBuilder();
        foreach (var sheet in document.Sheets)
        {
            if (sheet.Kind == SheetKind.Department)
            {
                WriteDepartment(w, sheet);
            }
            else
            {
                WriteProject(w, sheet);
            }
        }

        return w.ToString();
    }

    /// <summary>Reads the written files back; returns a problem per file whose sheets or indicator count differ.</summary>
    public static IReadOnlyList<string> Verify(IReadOnlyList<ImportedDocument> documents, string folder)
    {
        var problems = new List<string>();
        foreach (var document in documents)
        {
            var read = DocumentImporter.Default.ImportFile(Path.Combine(folder, document.Source));
            var back = read.Document;
            var (sheets, indicators) = (document.Sheets.Count, document.Sheets.Sum(s => s.Indicators.Count));
            if (back is null || back.Sheets.Count != sheets || back.Sheets.Sum(s => s.Indicators.Count) != indicators || back.UnplacedCount > 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{document.Source}: wrote {sheets} sheets / {indicators} indicators, read {back?.Sheets.Count} / {back?.Sheets.Sum(s => s.Indicators.Count)} ({back?.UnplacedCount} unplaced) {read.Error}"));
            }
        }

        return problems;
    }

    private static void WriteDepartment(StringBuilder w, TargetSheet sheet)
    {
        var total = Amount(sheet.Budget?.TotalWan ?? 0m);
        var name = Cell(sheet.Department ?? "某部门");
        w.Append("\n部门下属单位整体预算绩效目标表\n\n")
            .Append("部门名称\t").Append(name).Append("\t\t\t\n")
            .Append("下属单位名称\t").Append(name).Append("\t\t\t\n")
            .Append("预算整体情况\t单位预算支出\t预算金额（万元）\t收入来源\t预算金额（万元）\n")
            .Append("\t基本支出\t").Append(total).Append("\t财政拨款\t").Append(total).Append('\n')
            .Append("\t项目支出\t0\t其他资金\t0\n")
            .Append("总体绩效目标\t").Append(Goal(sheet)).Append("\t\t\t\n")
            .Append("绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n");
        WriteIndicators(w, sheet, period: false);
    }

    private static void WriteProject(StringBuilder w, TargetSheet sheet)
    {
        var yuan = ((sheet.Budget?.TotalWan ?? 0m) * 10000m).ToString("0.00", CultureInfo.InvariantCulture) + "元";
        var year = (sheet.FiscalYear ?? 2024).ToString(CultureInfo.InvariantCulture);
        var department = Cell(sheet.Department ?? "某部门");
        w.Append("\n项目支出绩效目标表\n\n")
            .Append("项目名称\t").Append(Cell(sheet.ProjectName ?? "项目")).Append("\t\t\t\t\n")
            .Append("项目类型\t部门职能类\t\t\t\t\n项目等级\t二级项目\t\t\t\t\n")
            .Append("主管部门\t").Append(department).Append("\t用款单位\t").Append(department).Append("\t\t\n")
            .Append("实施期限\t起始年度\t").Append(year).Append("\t到期年度\t").Append(year).Append("\t\n")
            .Append("预算金额\t总金额\t").Append(yuan).Append("\t当年度金额\t").Append(yuan).Append("\t\n")
            .Append("总体绩效目标\t实施周期总目标（跨年度项目需填写）\t\t当年度目标\t\t\n")
            .Append("\t目标1：").Append(Goal(sheet)).Append("\t\t目标1：").Append(Goal(sheet)).Append("\t\t\n")
            .Append("绩效指标\t一级指标\t二级指标\t三级指标\t实施周期指标值\t当年度指标值\n");
        WriteIndicators(w, sheet, period: true);
    }

    private static void WriteIndicators(StringBuilder w, TargetSheet sheet, bool period)
    {
        string? level1 = null, level2 = null;
        for (var i = 0; i < sheet.Indicators.Count; i++)
        {
            var row = sheet.Indicators[i];
            var formLevel1 = row.PlacedUnder ?? row.Level1;
            var newLevel1 = !string.Equals(formLevel1, level1, StringComparison.Ordinal);
            var newLevel2 = newLevel1 || !string.Equals(row.Level2, level2, StringComparison.Ordinal);
            var value = Cell(row.Value.Raw ?? "");
            w.Append('\t').Append(newLevel1 ? formLevel1 : "").Append('\t').Append(newLevel2 ? row.Level2 : "")
                .Append("\t指标").Append(i + 1).Append('：').Append(Cell(row.Name)).Append('\t').Append(value);
            if (period)
            {
                w.Append('\t').Append(value);
            }

            w.Append('\n');
            (level1, level2) = (formLevel1, row.Level2);
        }
    }

    private static string Goal(TargetSheet sheet) =>
        Cell(sheet.Goals.FirstOrDefault()?.Text ?? "按要求完成年度工作任务。");

    private static string Amount(decimal wan) => wan.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
