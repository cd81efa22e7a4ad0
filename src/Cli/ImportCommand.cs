using System.CommandLine;
using Jixiao.Core.Export;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Spectre.Console;

namespace Jixiao.Cli;

/// <summary>
/// `jixiao import PATH... [--json] [--jobs N]`: reads target documents — files, and folders with
/// everything below them — and shows what was read. Exit codes (docs/import-contract.md): 0 every
/// file read and every row placed; 1 rows that could not be placed, or a document in which no target
/// table was found; 2 usage error or a file that could not be read, after printing all the others.
/// </summary>
internal static class ImportCommand
{
    public const int NotAllPlaced = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr, DocumentImporter importer, IAnsiConsole? progress, bool terminal)
    {
        var paths = new Argument<string[]>("paths") { Description = "要读取的文件或文件夹（.txt .html .xlsx .docx；.xls .et .ods .doc .wps .odt .rtf 需 LibreOffice，.pdf 需 pdftotext；文件夹连同其子文件夹）", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出读取结果（导入契约）" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "同时读取的文件数（默认为处理器核数）", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs 须为不小于 1 的整数 / --jobs must be 1 or more");
            }
        });
        var explain = new Option<bool>("--explain") { Description = "说明识别过程：版式、表头、各列作用、推断之处、未归位行的原因（适配新模板时用）" };
        var command = new Command("import", "读取绩效目标表文件或文件夹并显示读取结果 / read performance target documents") { paths, json, jobs, explain };
        command.SetAction(parse => Execute(
            parse.GetValue(paths) ?? [], parse.GetValue(json), parse.GetValue(jobs), parse.GetValue(explain), new Output(stdout, stderr, progress, terminal), importer));
        return command;
    }

    private sealed record Output(TextWriter Stdout, TextWriter Stderr, IAnsiConsole? Progress, bool Terminal);

    private static int Execute(string[] paths, bool json, int jobs, bool explain, Output output, DocumentImporter importer)
    {
        var (files, problems) = ImportInputs.Expand(paths, importer);
        foreach (var problem in problems)
        {
            output.Stderr.WriteLine(problem);
        }

        var outcomes = ImportBatch.Read(files, jobs, importer, output.Progress, explain);
        foreach (var outcome in outcomes)
        {
            if (outcome.Explanation is { } explanation)
            {
                // Beside --json the explanation goes to stderr, so stdout stays one JSON document.
                (json ? output.Stderr : output.Stdout).Write(explanation);
            }

            if (outcome.Error is { } error)
            {
                output.Stderr.WriteLine($"无法读取 {error.Source}：{error.MessageZh} / cannot read {error.Source}: {error.MessageEn} [{error.CodeText}]");
            }
            else if (outcome.NoSheet)
            {
                output.Stderr.WriteLine($"未识别出绩效目标表：{outcome.Source} / no performance target table found: {outcome.Source}");
            }
        }

        if (json)
        {
            output.Stdout.Write(ImportJson.ToJson(outcomes.Select(o => o.Document).OfType<ImportedDocument>()));
            output.Stdout.WriteLine();
        }
        else
        {
            ImportSummary.Write(output.Stdout, outcomes, output.Terminal);
        }

        if (problems.Count > 0 || outcomes.Any(o => o.Error is not null))
        {
            return JixiaoCommand.UsageOrUnreadable;
        }

        return outcomes.Any(o => o.NoSheet || o.Document!.UnplacedCount > 0) ? NotAllPlaced : 0;
    }
}
