using System.Text;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Layouts;

/// <summary>
/// Lines under a 001-style list table that are not projects (issue 13: a one-cell footnote threw
/// ArgumentOutOfRangeException): every project still read, the line listed as unplaced, never dropped.
/// </summary>
public class ListTableFootnoteTests
{
    [Theory]
    [InlineData("注：以上金额单位为万元")]
    [InlineData("填表人：张三")]
    [InlineData("注：以上金额单位为万元\t\t\t")]
    [InlineData("填表人：张三\t\t\t\t\t\t\t")]
    public void Import_FootnoteAfterListTable_ProjectsReadAndFootnoteUnplaced(string footnote)
    {
        var seed = File.ReadAllText(Seeds.PathOf(Seeds.PublicList001));

        var outcome = DocumentImporter.Default.Import("001.txt", Encoding.UTF8.GetBytes(seed.TrimEnd() + "\n" + footnote + "\n"));

        var expected = Seeds.Read(Seeds.PublicList001);
        Assert.Null(outcome.Error);
        Assert.Equal(expected.Sheets.Select(s => s.ProjectName), outcome.Document!.Sheets.Select(s => s.ProjectName));
        var last = outcome.Document.Sheets[^1];
        Assert.Equal(expected.Sheets[^1].Unplaced.Count + 1, last.Unplaced.Count);
        Assert.Equal(footnote.Trim(), last.Unplaced[^1].Text);
        Assert.Equal("缺少项目名称，未作为项目读取", last.Unplaced[^1].Reason);
    }

    [Fact]
    public void Import_NoteBetweenHeaderAndFirstProject_ListedWithTheFirstProject()
    {
        var seed = File.ReadAllText(Seeds.PathOf(Seeds.PublicList001));
        var header = seed.IndexOf("合计", StringComparison.Ordinal);

        var document = DocumentImporter.Default.Import("001.txt", Encoding.UTF8.GetBytes(seed.Insert(header, "说明：本表按单位排列\n"))).Document!;

        Assert.Equal(Seeds.Read(Seeds.PublicList001).Sheets.Count, document.Sheets.Count);
        Assert.Equal("说明：本表按单位排列", document.Sheets[0].Unplaced[0].Text);
    }
}
