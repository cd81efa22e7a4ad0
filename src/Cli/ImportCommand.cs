using System.CommandLine;
using Jixiao.Core.Export;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Cli;

/// <summary>`jixiao import FILE... [--json]`: reads target documents and shows what was read.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> rawStdout)
    {
        var files = new Argument<string[]>("files") { Description = "要读取的文件（.txt .html .xlsx .docx；.xls .et .ods .doc .wps .odt .rtf 需 LibreOffice，.pdf 需 pdftotext）", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出读取结果（导入契约）" };
        var command = new Command("import", "读取绩效目标表文件并显示读取结果 / read performance target documents") { files, json };
        command.SetAction(parse => Execute(parse.GetValue(files) ?? [], parse.GetValue(json), stdout, stderr, rawStdout));
        return command;
    }

    private static int Execute(string[] files, bool json, TextWriter stdout, TextWriter stderr, Func<Stream> rawStdout)
    {
        var documents = new List<ImportedDocument>();
        var failed = false;
        foreach (var file in files)
        {
            var outcome = DocumentImporter.Default.ImportFile(file);
            if (outcome.Error is { } error)
            {
                stderr.WriteLine($"无法读取 {error.Source}：{error.MessageZh} / cannot read {error.Source}: {error.MessageEn} [{error.CodeText}]");
                failed = true;
                continue;
            }

            documents.Add(outcome.Document!);
        }

        if (json)
        {
            stdout.Flush();
            var text = ImportJson.ToJson(documents);
            stdout.Write(text);
            stdout.WriteLine();
        }
        else
        {
            ImportSummary.Write(stdout, documents);
        }

        return failed ? JixiaoCommand.UsageOrUnreadable : documents.Any(d => d.UnplacedCount > 0) ? 1 : 0;
    }
}
