using AngleSharp.Html.Parser;
using Jixiao.Core.Review.Reporting;

namespace Jixiao.Core.Tests.Review.Reporting;

public class ReviewHtmlReportTests
{
    [Fact]
    public void ToHtml_HandMadeReview_FindingsBesideTheirRowsAndCategoriesMerged()
    {
        var html = new HtmlParser().ParseDocument(ReviewHtmlReport.ToHtml([ReviewJsonTests.HandMade()]));

        var onRow = html.QuerySelector("tr div.finding[data-rule='MNY-COST-OVER-BUDGET']")!;
        Assert.Equal("人均培训成本", onRow.Closest("tr")!.QuerySelector("td.name")!.TextContent);
        Assert.Null(html.QuerySelector("div.sheet-findings div.finding[data-rule='MNY-COST-OVER-BUDGET']"));
        Assert.NotNull(html.QuerySelector("div.sheet-findings div.finding[data-rule='STR-L1-MISSING']"));
        Assert.NotNull(html.QuerySelector("div.document-findings div.finding[data-rule='DOC-TOTAL']"));
        var output = html.QuerySelector("td.l1")!;
        Assert.Equal("产出指标", output.TextContent);
        Assert.Equal("4", output.GetAttribute("rowspan"));
        Assert.Equal(3, html.QuerySelectorAll("td.l1").Length);
        Assert.Equal(7, html.QuerySelectorAll("td.l2").Length);
    }

    [Fact]
    public void ToHtml_MarkupInTheSource_IsEncoded()
    {
        var review = ReviewJsonTests.HandMade("<script>alert(1)</script>项目", "成本<img src=x onerror=alert(1)>");

        var text = ReviewHtmlReport.ToHtml([review]);

        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", text, StringComparison.OrdinalIgnoreCase);
        var html = new HtmlParser().ParseDocument(text);
        Assert.Contains("<script>alert(1)</script>项目", html.QuerySelector("article.sheet h3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("成本<img src=x onerror=alert(1)>", html.QuerySelector("tr.row-warning td.name")!.TextContent);
    }
}
