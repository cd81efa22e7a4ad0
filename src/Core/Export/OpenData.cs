using System.Globalization;
using System.IO.Compression;
using System.Text;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Export;

/// <summary>Where a published sheet belongs, for the open data: region, year, department and unit codes.</summary>
public sealed record OpenDataSheet(long Id, string? RegionCode, int? FiscalYear, TargetSheet Sheet);

/// <summary>
/// The open-data package of a region and year (one zip): the sheets in the import contract
/// (sheets.json) and every indicator as one CSV row under the 预算管理一体化 field names (domain §8:
/// mof_div_code, fiscal_year, agency_code, pro_code, kpi_target, lv1/lv2/lv3, kpi_val, computesign,
/// meterunit, kpi_evalstd, weight), with a README saying what each column is.
/// </summary>
public static class OpenData
{
    public static readonly IReadOnlyList<(string Field, string Label)> IndicatorFields =
    [
        ("sheet_id", "目标表编号"), ("mof_div_code", "财政区划代码"), ("fiscal_year", "预算年度"), ("dept_name", "主管部门"),
        ("agency_code", "单位编码"), ("agency_name", "部门（单位）名称"), ("pro_code", "项目编码"), ("pro_name", "项目名称"),
        ("kpi_target", "年度绩效目标"), ("lv1_name", "一级指标"), ("lv2_name", "二级指标"), ("lv3_name", "三级指标"),
        ("kpi_val", "指标值（原文）"), ("computesign", "符号"), ("kpi_num", "数值"), ("meterunit", "计量单位"),
        ("kpi_evalstd", "评分标准 / 指标解释"), ("weight", "权重"),
    ];

    public static void WriteZip(Stream output, IReadOnlyList<OpenDataSheet> sheets)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using (var json = zip.CreateEntry("sheets.json", CompressionLevel.Optimal).Open())
        {
            ImportJson.Write(json, [new ImportedDocument("jixiao-open-data", [.. sheets.Select(s => s.Sheet)], [])]);
        }

        using (var csv = new StreamWriter(zip.CreateEntry("indicators.csv", CompressionLevel.Optimal).Open(), new UTF8Encoding(true)))
        {
            WriteIndicatorsCsv(csv, sheets);
        }

        using var readme = new StreamWriter(zip.CreateEntry("README.txt").Open(), new UTF8Encoding(false));
        readme.WriteLine("绩效目标公开数据：sheets.json 为目标表（导入契约字段），indicators.csv 为全部绩效指标，一行一个指标。");
        readme.WriteLine("indicators.csv 的列（预算管理一体化字段名）：");
        foreach (var (field, label) in IndicatorFields)
        {
            readme.WriteLine($"  {field}\t{label}");
        }
    }

    public static void WriteIndicatorsCsv(TextWriter csv, IEnumerable<OpenDataSheet> sheets)
    {
        csv.WriteLine(string.Join(',', IndicatorFields.Select(f => f.Field)));
        foreach (var (id, region, year, sheet) in sheets)
        {
            var goal = string.Join("；", sheet.Goals.Where(g => g.Term is GoalTerm.Annual or GoalTerm.Overall).Select(g => g.Text));
            foreach (var indicator in sheet.Indicators)
            {
                var v = indicator.Value;
                object?[] row =
                [
                    id, region, year ?? sheet.FiscalYear, sheet.SupervisingDepartment, sheet.UnitCode, sheet.Unit ?? sheet.Department, sheet.ProjectCode, sheet.ProjectName,
                    goal, indicator.Level1, indicator.Level2, indicator.Name, v.Raw, v.IsQualitative ? "定性" : SignText(v.Sign), v.Number, v.Unit,
                    indicator.Description, indicator.Weight,
                ];
                csv.WriteLine(string.Join(',', row.Select(Cell)));
            }
        }
    }

    private static string SignText(Sign sign) => TargetValueParser.SignSymbol(sign);

    /// <summary>A CSV cell: quoted when needed, and text a spreadsheet would run as a formula made inert.</summary>
    internal static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
