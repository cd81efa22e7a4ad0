using System.CommandLine;
using Jixiao.Core.Reading;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Reporting;

namespace Jixiao.Cli;

/// <summary>
/// `jixiao review FILE... [--json] [--rules FILE] [--fail-on error|warning] [--html OUT]`: reviews
/// target documents. Exit codes: 0 no finding at or above --fail-on, 1 some, 2 usage error,
/// unreadable input, a bad rule set or a report that cannot be written.
/// </summary>
internal static class ReviewCommand
{
    public const int Findings = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr, bool colour)
    {
        var files = new Argument<string[]>("files") { Description = "要审核的文件（.txt .html .xlsx .docx；.xls .et .ods .doc .wps .odt .rtf 需 LibreOffice，.pdf 需 pdftotext）", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出审核结果（审核契约）" };
        var rules = new Option<string?>("--rules") { Description = "规则集文件（JSON），替代内置默认规则集；`jixiao rules` 输出默认规则集", HelpName = "FILE" };
        var failOn = new Option<string>("--fail-on") { Description = "有该级别及以上的审核意见时退出码为 1（默认 error）", DefaultValueFactory = _ => "error", HelpName = "error|warning" };
        failOn.AcceptOnlyFromAmong("error", "warning");
        var html = new Option<string?>("--html") { Description = "另将审核报告写成 HTML 文件", HelpName = "OUT" };
        var command = new Command("review", "审核绩效目标表并列出审核意见 / review performance target documents") { files, json, rules, failOn, html };
        command.SetAction(parse => Execute(
            new Request(parse.GetValue(files) ?? [], parse.GetValue(json), parse.GetValue(rules), parse.GetValue(failOn) ?? "error", parse.GetValue(html)),
            stdout, stderr, colour));
        return command;
    }

    private sealed record Request(string[] Files, bool Json, string? Rules, string FailOn, string? Html);

    private static int Execute(Request request, TextWriter stdout, TextWriter stderr, bool colour)
    {
        var engine = RuleEngine.Default;
        if (request.Rules is { } rulesPath)
        {
            if (LoadRules(rulesPath, stderr) is not { } ruleSet)
            {
                return JixiaoCommand.UsageOrUnreadable;
            }

            engine = new RuleEngine(RuleCatalogue.All, ruleSet);
        }

        var reviews = new List<DocumentReview>();
        var failed = false;
        foreach (var file in request.Files)
        {
            var outcome = DocumentImporter.Default.ImportFile(file);
            if (outcome.Error is { } error)
            {
                stderr.WriteLine($"无法读取 {error.Source}：{error.MessageZh} / cannot read {error.Source}: {error.MessageEn} [{error.CodeText}]");
                failed = true;
                continue;
            }

            reviews.Add(engine.Review(outcome.Document!));
        }

        if (request.Json)
        {
            stdout.Write(ReviewJson.ToJson(reviews));
            stdout.WriteLine();
        }
        else
        {
            ReviewSummary.Write(stdout, reviews, colour);
        }

        if (request.Html is { } htmlPath && !WriteHtml(htmlPath, reviews, request.Json ? null : stdout, stderr))
        {
            return JixiaoCommand.UsageOrUnreadable;
        }

        if (failed)
        {
            return JixiaoCommand.UsageOrUnreadable;
        }

        var threshold = request.FailOn == "warning" ? Severity.Warning : Severity.Error;
        return ReviewTally.Of(reviews).AtOrAbove(threshold) > 0 ? Findings : 0;
    }

    private static RuleSet? LoadRules(string path, TextWriter stderr)
    {
        var name = Path.GetFileName(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var (zh, en) = e is FileNotFoundException or DirectoryNotFoundException ? ("找不到文件", "file not found") : ("无法打开文件", "cannot open the file");
            stderr.WriteLine($"无法读取规则集 {name}：{zh} / cannot read rule set {name}: {en}");
            return null;
        }

        var parsed = RuleSetJson.Parse(text, RuleCatalogue.All);
        foreach (var error in parsed.Errors)
        {
            stderr.WriteLine($"规则集 {name} 有误：{error.Message} [{error.Code}] / invalid rule set {name}");
        }

        return parsed.RuleSet;
    }

    private static bool WriteHtml(string path, IReadOnlyList<DocumentReview> reviews, TextWriter? stdout, TextWriter stderr)
    {
        try
        {
            ReviewHtmlReport.Write(path, reviews, DateTimeOffset.Now);
            stdout?.WriteLine($"审核报告已写入 {path}");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"无法写入审核报告 {path}：{e.Message} / cannot write the report {path}");
            return false;
        }
    }
}
