using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Jixiao.Cli.Tests;

public class ReviewHtmlTests
{
    private static IDocument Report(params string[] files)
    {
        var path = Path.Combine(Path.GetTempPath(), "jixiao-cli-tests", Guid.NewGuid().ToString("N"), "报告.html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        var (exit, output, error) = CliRunner.Run(["review", .. files, "--html", path]);

        Assert.Equal(1, exit);
        Assert.Equal("", error);
        Assert.Contains("审核报告已写入", output, StringComparison.Ordinal);
        return new HtmlParser().ParseDocument(File.ReadAllText(path));
    }

    [Fact]
    public void Html_FindingsSitInTheRowOfTheirIndicator()
    {
        var html = Report([.. CliRunner.AllSeeds]);

        var cost = Assert.Single(html.QuerySelectorAll("div.finding[data-rule='MNY-COST-OVER-BUDGET']"), f => f.TextContent.Contains("26.97", StringComparison.Ordinal));
        var row = cost.Closest("tr")!;
        Assert.Equal("编外人员全年工资补贴成本", row.QuerySelector("td.name")!.TextContent);
        Assert.Equal("row-error", row.ClassName);
        Assert.Contains("编制外长期聘用人员支出", cost.Closest("article.sheet")!.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);

        var rate = Assert.Single(html.QuerySelectorAll("div.finding[data-rule='VAL-UNIT-RATE-PERSON']"));
        Assert.Equal("就业技能培训就业率", rate.Closest("tr")!.QuerySelector("td.name")!.TextContent);
        Assert.Equal("≥20人", rate.Closest("tr")!.QuerySelector("td.value")!.TextContent);
    }

    [Fact]
    public void Html_SheetLevelFindingsStandAboveTheTable()
    {
        var html = Report(CliRunner.Seed("004_a9a72cd2e96e2bde"));

        // 004's missing 效益指标 are now said by the category moves that fix them; goals are sheet-level too.
        var missing = html.QuerySelectorAll("div.finding[data-rule='GOAL-PURPOSE-ONLY']");
        Assert.NotEmpty(missing);
        Assert.All(missing, f =>
        {
            Assert.Null(f.Closest("table"));
            Assert.NotNull(f.Closest("div.sheet-findings"));
        });
    }

    [Fact]
    public void Html_TableShowsTheFormAndTheSummary()
    {
        var html = Report(CliRunner.Seed("001_2becaad232c446da"));

        var headers = html.QuerySelector("table.indicators thead")!.TextContent;
        Assert.Contains("一级指标", headers, StringComparison.Ordinal);
        Assert.Contains("三级指标", headers, StringComparison.Ordinal);
        Assert.Contains("指标值", headers, StringComparison.Ordinal);
        Assert.Equal(118, html.QuerySelectorAll("table.indicators tbody tr").Length);
        Assert.Contains("MNY-COST-OVER-BUDGET", html.QuerySelector("table.by-rule")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(html.QuerySelectorAll("script, link, img, [src]"));
        Assert.Equal("zh-CN", html.DocumentElement.GetAttribute("lang"));
    }
}
