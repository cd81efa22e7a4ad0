using System.Globalization;
using Jixiao.Core.Targets;
using Spectre.Console;

namespace Jixiao.Cli;

/// <summary>
/// The readable summary of an import: per document the sheets (kind, name, year, budget, indicators
/// by category) and every row that could not be placed; then one table row per file — read or not —
/// and the totals. The table is where a file of a large batch that needs a look stands out.
/// </summary>
internal static class ImportSummary
{
    public static void Write(TextWriter w, IReadOnlyList<FileOutcome> outcomes, bool terminal)
    {
        var documents = outcomes.Select(o => o.Document).OfType<ImportedDocument>().ToList();
        foreach (var document in documents)
        {
            var none = document.Sheets.Count == 0 ? "  未识别出绩效目标表" : "";
            w.WriteLine($"{document.Source}  （{document.Sheets.Count} 张表，{document.Sheets.Sum(s => s.Indicators.Count)} 个指标）{none}");
            for (var i = 0; i < document.Sheets.Count; i++)
            {
                WriteSheet(w, i + 1, document.Sheets[i]);
            }

            foreach (var row in document.Unplaced)
            {
                w.WriteLine($"  未能归位 {row.Position}: {row.Text}（{row.Reason}）");
            }

            foreach (var warning in document.Warnings)
            {
                w.WriteLine($"  警告 {warning.Position}: {warning.Text} [{warning.Code}]");
            }

            w.WriteLine();
        }

        WriteTable(w, outcomes, terminal);
        w.WriteLine(Totals(outcomes, documents));
    }

    /// <summary>
    /// 文件 | 表 | 指标行 | 未能归位 | 状态. Spectre lays it out by display width, so Chinese names line
    /// up; on a terminal it fits the window, written to a file or pipe it is one line per file. Lines
    /// are written without Spectre's blank border lines and trailing padding.
    /// </summary>
    private static void WriteTable(TextWriter w, IReadOnlyList<FileOutcome> outcomes, bool terminal)
    {
        var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(buffer),
        });
        console.Profile.Width = terminal ? Math.Max(Console.WindowWidth, 60) : 1000;
        console.Profile.Capabilities.Unicode = true;

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("文件")
            .AddColumn(new TableColumn("表").RightAligned())
            .AddColumn(new TableColumn("指标行").RightAligned())
            .AddColumn(new TableColumn("未能归位").RightAligned())
            .AddColumn(new TableColumn("推断").RightAligned())
            .AddColumn("状态");
        foreach (var outcome in outcomes)
        {
            table.AddRow(Row(outcome).Select(cell => new Text(cell)).ToArray());
        }

        console.Write(table);
        foreach (var line in buffer.ToString().Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                w.WriteLine(line.TrimEnd());
            }
        }
    }

    private static string[] Row(FileOutcome outcome)
    {
        if (outcome.Document is not { } document)
        {
            return [outcome.Source, "—", "—", "—", "—", $"无法读取：{outcome.Error!.MessageZh} [{outcome.Error.CodeText}]"];
        }

        var unplaced = document.UnplacedCount;
        var empty = document.Sheets.Count(s => s.Indicators.Count == 0);
        var state = document.Sheets.Count == 0 ? "未识别出绩效目标表"
            : unplaced > 0 ? "有未能归位的行"
            : empty > 0 ? string.Create(CultureInfo.InvariantCulture, $"{empty} 张表没有指标行")
            : "全部归位";
        return [outcome.Source, Number(document.Sheets.Count), Number(document.Sheets.Sum(s => s.Indicators.Count)), Number(unplaced),
            Number(document.Sheets.Sum(s => s.Assumptions.Count)), state];
    }

    private static string Totals(IReadOnlyList<FileOutcome> outcomes, IReadOnlyList<ImportedDocument> documents)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"合计：{documents.Count} 个文件，{documents.Sum(d => d.Sheets.Count)} 张表，{documents.Sum(d => d.Sheets.Sum(s => s.Indicators.Count))} 个指标，{documents.Sum(d => d.UnplacedCount)} 行未能归位")
            + (documents.Sum(d => d.Sheets.Sum(s => s.Assumptions.Count)) is var assumed and > 0
                ? string.Create(CultureInfo.InvariantCulture, $"，{assumed} 处推断待核对") : "");
        var noSheet = outcomes.Count(o => o.NoSheet);
        var failed = outcomes.Count(o => o.Error is not null);
        return text
            + (noSheet > 0 ? string.Create(CultureInfo.InvariantCulture, $"，{noSheet} 个文件未识别出绩效目标表") : "")
            + (failed > 0 ? string.Create(CultureInfo.InvariantCulture, $"，{failed} 个文件无法读取") : "");
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

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

        foreach (var assumption in sheet.Assumptions)
        {
            w.WriteLine($"      推断待核对 {assumption.Position}: {Shorten(assumption.Text)}");
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
