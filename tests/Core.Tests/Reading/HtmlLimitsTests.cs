using System.Diagnostics;
using System.Text;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Reading;

/// <summary>HTML built to stall the parser or overflow a traversal: refused before AngleSharp parses it, or read in bounded time.</summary>
public class HtmlLimitsTests
{
    private static ReadResult Read(string html) => new HtmlDocumentReader().Read("a.html", Encoding.UTF8.GetBytes(html));

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<ul><li>", "</li></ul>")]
    [InlineData("<table><tr><td>", "</td></tr></table>")]
    [InlineData("<span>", "")]
    [InlineData("<i><b><u>", "")]
    [InlineData("<div/>", "")]
    public void Read_NestedTwentyThousandDeep_RefusedQuicklyAsTooDeep(string open, string close)
    {
        var clock = Stopwatch.StartNew();

        var error = Read(HostileFiles.Html(HostileFiles.Nest(20_000, open, close))).Error;

        Assert.Equal(ReadErrorCode.TooDeep, error?.Code);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Read_UnclosedParagraphsListItemsAndCells_NotMistakenForNesting()
    {
        var rows = string.Concat(Enumerable.Range(1, 2_000).Select(i => $"<tr><td>指标{i}<td><p>≥{i}个<p>说明"));
        var html = HostileFiles.Html("<ul>" + string.Concat(Enumerable.Repeat("<li>目标", 2_000)) + "</ul><table>" + rows + "</table>");

        var grid = Read(html).Document!.Grids[0];

        Assert.Contains(grid.Rows, r => r.Cells.Count == 2 && r.Cells[0].Text == "指标2000");
    }

    [Fact]
    public void Read_TableInsideNestingWithinTheLimit_TableRead()
    {
        var html = HostileFiles.Html(HostileFiles.Nest(ReadLimits.MaxDepth - 10, "<div>", "</div>").Replace("1", "<table><tr><td>项目名称</td><td>道路</td></tr></table>", StringComparison.Ordinal));

        var grid = Read(html).Document!.Grids[0];

        Assert.Equal("项目名称 | 道路", grid.Rows[0].Text);
    }

    [Fact]
    public void Read_ColspanBomb_RefusedAsTooBig()
    {
        var html = HostileFiles.Html("<table><tr>" + string.Concat(Enumerable.Repeat("<td colspan=999>x</td>", 2_000)) + "</tr></table>");

        Assert.Equal(ReadErrorCode.TooBig, Read(html).Error?.Code);
    }

    [Theory]
    [InlineData("<!-->")]
    [InlineData("<!--->")]
    [InlineData("<p class=a'b>")]
    public void Read_DeepNestingAfterMarkupThatEndsEarly_StillSeen(string prefix)
    {
        Assert.Equal(ReadErrorCode.TooDeep, Read(HostileFiles.Html(prefix + HostileFiles.Nest(20_000, "<div>", "</div>") + "-->")).Error?.Code);
    }

    [Fact]
    public void Items_FragmentNestedTwentyThousandDeep_ReturnsItsLinesWithoutParsing()
    {
        var clock = Stopwatch.StartNew();

        var items = HtmlOutline.Items(HostileFiles.Nest(20_000, "<div>", "</div>"));

        Assert.Single(items);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }
}
