using System.Globalization;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Reporting;
using Jixiao.Core.Targets;

namespace Jixiao.Cli;

/// <summary>
/// The review as a terminal reads it: per document, the sheets with findings (each finding: severity,
/// the rule's title with its id, the place as 第N行“指标”, message, fix), then the counts by severity and by rule in aligned
/// columns. Colour only when writing to a terminal.
/// </summary>
internal static class ReviewSummary
{
    public static void Write(TextWriter w, IReadOnlyList<DocumentReview> reviews, bool colour)
    {
        var paint = new Paint(colour);
        foreach (var review in reviews)
        {
            var all = review.AllFindings.ToList();
            var messages = FindingText.Messages(all);
            var next = 0;
            w.WriteLine(paint.Bold(review.Document.Source) + string.Create(CultureInfo.InvariantCulture,
                $"  （{review.Sheets.Count} 张表，{review.Sheets.Sum(s => s.Sheet.Indicators.Count)} 个指标，{Counts(all)}）"));
            if (review.DocumentFindings.Count > 0)
            {
                w.WriteLine("  全文");
                WriteFindings(w, review.DocumentFindings, [.. messages.Skip(next).Take(review.DocumentFindings.Count)], paint);
            }

            next += review.DocumentFindings.Count;
            var quiet = 0;
            for (var i = 0; i < review.Sheets.Count; i++)
            {
                var sheet = review.Sheets[i];
                if (sheet.Findings.Count == 0)
                {
                    quiet++;
                    continue;
                }

                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1,2}. {SheetName(sheet.Sheet)}"));
                WriteFindings(w, sheet.Findings, [.. messages.Skip(next).Take(sheet.Findings.Count)], paint);
                next += sheet.Findings.Count;
            }

            if (quiet > 0)
            {
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(quiet == review.Sheets.Count ? "全部" : "其余")} {quiet} 张表未发现问题"));
            }

            w.WriteLine();
        }

        WriteTotals(w, reviews, paint);
    }

    /// <summary>
    /// Each finding: severity and the rule's Chinese title first (its id after, dimmed, for reference),
    /// the place in the form's words (第3行“…”), the message (a framework document explained the first
    /// time the document cites it), the fix.
    /// </summary>
    private static void WriteFindings(TextWriter w, IReadOnlyList<Finding> findings, IReadOnlyList<string> messages, Paint paint)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var title = RuleTitles.Of(f.RuleId) ?? f.RuleId;
            w.WriteLine($"      {paint.Severity(f.Severity)}  {title}  {paint.Dim("[" + f.RuleId + "]")}");
            w.WriteLine($"            {FindingText.Place(f)}：{messages[i]}");
            if (f.Fix is { Length: > 0 } fix)
            {
                w.WriteLine($"            建议：{fix}");
            }
        }
    }

    private static void WriteTotals(TextWriter w, IReadOnlyList<DocumentReview> reviews, Paint paint)
    {
        var tally = ReviewTally.Of(reviews);
        w.WriteLine(paint.Bold(string.Create(CultureInfo.InvariantCulture,
            $"审核汇总：{tally.Documents} 个文件，{tally.Sheets} 张表，{tally.Indicators} 个指标，审核意见 {tally.Total} 条")));
        var width = Math.Max(3, tally.Total.ToString(CultureInfo.InvariantCulture).Length);
        foreach (var (severity, count) in new[] { (Severity.Error, tally.Error), (Severity.Warning, tally.Warning), (Severity.Info, tally.Info) })
        {
            w.WriteLine($"  {paint.Severity(severity)}  {count.ToString(CultureInfo.InvariantCulture).PadLeft(width)}");
        }

        if (tally.ByRule.Count == 0)
        {
            return;
        }

        var severities = reviews.SelectMany(r => r.AllFindings).GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(f => f.Severity), StringComparer.Ordinal);
        var idWidth = tally.ByRule.Keys.Max(k => k.Length);
        w.WriteLine("  按规则");
        foreach (var (rule, count) in tally.ByRule.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            w.WriteLine($"    {rule.PadRight(idWidth)}  {count.ToString(CultureInfo.InvariantCulture).PadLeft(width)}  {paint.Severity(severities[rule])}  {RuleTitles.Of(rule)}");
        }
    }

    private static string Counts(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return "未发现问题";
        }

        var parts = new[] { Severity.Error, Severity.Warning, Severity.Info }
            .Select(s => (s, n: findings.Count(f => f.Severity == s)))
            .Where(x => x.n > 0)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.s.Chinese()} {x.n}"));
        return string.Create(CultureInfo.InvariantCulture, $"审核意见 {findings.Count} 条：{string.Join("，", parts)}");
    }

    private static string SheetName(TargetSheet sheet) =>
        (sheet.Kind == SheetKind.Department ? "[部门整体] " : "[项目] ") + (sheet.ProjectName ?? sheet.Department ?? sheet.Title ?? "（无名称）");

    /// <summary>ANSI colour for a terminal; plain text when the output is redirected.</summary>
    private readonly record struct Paint(bool On)
    {
        public string Severity(Severity severity)
        {
            var text = severity.Chinese();
            if (!On)
            {
                return text;
            }

            var code = severity switch { Core.Review.Severity.Error => "31", Core.Review.Severity.Warning => "33", _ => "36" };
            return $"\u001b[{code}m{text}\u001b[0m";
        }

        public string Bold(string text) => On ? $"\u001b[1m{text}\u001b[0m" : text;

        public string Dim(string text) => On ? $"\u001b[2m{text}\u001b[0m" : text;
    }
}
