using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Jixiao.Core.Review.Reporting;

/// <summary>
/// 审核报告: one self-contained HTML page (inline style, no script, no external asset) a reviewer
/// opens in a browser or prints. The summary first, then per document its document-level findings
/// and per sheet the header fields, the sheet-level findings and the indicator table as the form
/// shows it, each finding beside the row it concerns. Every text from the sources is HTML-encoded.
/// </summary>
public static class ReviewHtmlReport
{
    public static string ToHtml(IReadOnlyList<DocumentReview> reviews, DateTimeOffset? generated = null)
    {
        var html = new StringBuilder(64 * 1024);
        var tally = ReviewTally.Of(reviews);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>绩效目标审核报告</title>\n<style>\n").Append(ReviewHtmlStyle.Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header class=\"top\"><h1>绩效目标审核报告</h1><p>")
            .Append(HtmlEncode(string.Create(CultureInfo.InvariantCulture, $"{tally.Documents} 个文件，{tally.Sheets} 张表，{tally.Indicators} 个指标")));
        if (generated is { } at)
        {
            html.Append("　生成时间 ").Append(HtmlEncode(at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
        }

        html.Append("</p></header>\n<main>\n");
        WriteSummary(html, tally);
        WriteContents(html, reviews);
        for (var d = 0; d < reviews.Count; d++)
        {
            WriteDocument(html, reviews[d], d + 1);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static void Write(string path, IReadOnlyList<DocumentReview> reviews, DateTimeOffset? generated = null) =>
        File.WriteAllText(path, ToHtml(reviews, generated), new UTF8Encoding(false));

    private static void WriteSummary(StringBuilder html, ReviewTally tally)
    {
        html.Append("<section class=\"card summary\" id=\"summary\">\n<h2>审核汇总</h2>\n");
        if (tally.Total == 0)
        {
            html.Append("<p class=\"ok\">未发现问题。</p>\n</section>\n");
            return;
        }

        html.Append("<table class=\"counts by-severity\">\n<tr><th>严重程度</th><th>条数</th></tr>\n");
        foreach (var (severity, count) in new[] { (Severity.Error, tally.Error), (Severity.Warning, tally.Warning), (Severity.Info, tally.Info) })
        {
            html.Append("<tr><td>").Append(Badge(severity)).Append("</td><td class=\"n\">")
                .Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</table>\n<h3 style=\"margin-top:16px\">按规则</h3>\n<table class=\"counts by-rule\">\n<tr><th>规则编号</th><th>规则</th><th>条数</th></tr>\n");
        foreach (var (rule, count) in tally.ByRule.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            html.Append("<tr><td class=\"rule\">").Append(HtmlEncode(rule)).Append("</td><td>").Append(HtmlEncode(RuleTitles.Of(rule) ?? ""))
                .Append("</td><td class=\"n\">").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    private static void WriteContents(StringBuilder html, IReadOnlyList<DocumentReview> reviews)
    {
        html.Append("<nav class=\"card toc\">\n<h2>目录</h2>\n<ul>\n");
        for (var d = 0; d < reviews.Count; d++)
        {
            var review = reviews[d];
            html.Append("<li><a href=\"#doc-").Append(d + 1).Append("\">").Append(HtmlEncode(review.Document.Source)).Append("</a>")
                .Append(Count(review.AllFindings.Count())).Append("\n<ul>\n");
            for (var s = 0; s < review.Sheets.Count; s++)
            {
                html.Append("<li><a href=\"#doc-").Append(d + 1).Append("-sheet-").Append(s + 1).Append("\">")
                    .Append(HtmlEncode(ReviewHtmlSheet.Name(review.Sheets[s].Sheet))).Append("</a>").Append(Count(review.Sheets[s].Findings.Count)).Append("</li>\n");
            }

            html.Append("</ul></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
    }

    private static void WriteDocument(StringBuilder html, DocumentReview review, int number)
    {
        html.Append("<section class=\"document\" id=\"doc-").Append(number).Append("\">\n<h2>")
            .Append(HtmlEncode(review.Document.Source)).Append("</h2>\n");
        if (review.DocumentFindings.Count > 0)
        {
            html.Append("<div class=\"card document-findings\">\n<h3>全文审核意见</h3>\n");
            foreach (var finding in review.DocumentFindings)
            {
                AppendFinding(html, finding, withIndicator: false);
            }

            html.Append("</div>\n");
        }

        for (var s = 0; s < review.Sheets.Count; s++)
        {
            ReviewHtmlSheet.Write(html, review.Sheets[s], $"doc-{number.ToString(CultureInfo.InvariantCulture)}-sheet-{(s + 1).ToString(CultureInfo.InvariantCulture)}");
        }

        html.Append("</section>\n");
    }

    internal static string Badge(Severity severity) =>
        $"<span class=\"badge {severity.Code()}\">{severity.Chinese()}</span>";

    internal static void AppendFinding(StringBuilder html, Finding finding, bool withIndicator)
    {
        html.Append("<div class=\"finding ").Append(finding.Severity.Code()).Append("\" data-rule=\"").Append(HtmlEncode(finding.RuleId)).Append("\">")
            .Append(Badge(finding.Severity))
            .Append("<strong class=\"title\">").Append(HtmlEncode(RuleTitles.Of(finding.RuleId) ?? finding.RuleId)).Append("</strong> ");
        if (withIndicator)
        {
            html.Append("<span class=\"place\">").Append(HtmlEncode(FindingText.Place(finding))).Append("</span>：");
        }

        html.Append("<span class=\"message\">").Append(HtmlEncode(finding.Message)).Append("</span>");
        if (finding.Fix is { Length: > 0 } fix)
        {
            html.Append("<div class=\"fix\">").Append(HtmlEncode(fix)).Append("</div>");
        }

        html.Append("<div class=\"why\">").Append(HtmlEncode(finding.Why)).Append("</div>")
            .Append("<div class=\"pos\"><span class=\"rule\">").Append(HtmlEncode(finding.RuleId)).Append("</span></div></div>\n");
    }

    private static string Count(int findings) => findings == 0
        ? "　<span class=\"ok\">无问题</span>"
        : string.Create(CultureInfo.InvariantCulture, $"　<span class=\"muted\">{findings} 条审核意见</span>");
}
