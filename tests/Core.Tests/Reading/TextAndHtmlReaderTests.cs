using System.Net;
using System.Text;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Reading;

public class TextAndHtmlReaderTests
{
    [Fact]
    public void Import_SeedEncodedAsGb18030_ReadsTheSameAsUtf8()
    {
        var utf8 = File.ReadAllBytes(Seeds.PathOf(Seeds.UnitAndProjects004));
        var gb = TextDecoding.Gb18030.GetBytes(Encoding.UTF8.GetString(utf8));
        Assert.NotEqual(utf8, gb);

        var document = DocumentImporter.Default.Import("004.txt", gb).Document!;

        var expected = Seeds.Read(Seeds.UnitAndProjects004);
        Assert.Equal(expected.Sheets.Select(s => s.ProjectName), document.Sheets.Select(s => s.ProjectName));
        Assert.Equal(expected.Sheets.SelectMany(s => s.Indicators).Select(i => i.Name + i.Value.Raw), document.Sheets.SelectMany(s => s.Indicators).Select(i => i.Name + i.Value.Raw));
    }

    [Fact]
    public void Read_Utf8WithBom_DropsTheBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("项目名称\t测试")).ToArray();

        var grid = new TextTableReader().Read("a.txt", bytes).Document!.Grids[0];

        Assert.Equal("项目名称", grid.Rows[0].Cells[0].Text);
    }

    [Fact]
    public void Read_CellPerLineText_GroupsLinesIntoRowsAndJoinsWrappedCells()
    {
        var lines = string.Join('\n', Enumerable.Repeat("\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n", 3)) + "\n\t绩效目标\n\t第一行\n第二行\n";

        var rows = new TextTableReader().Read("a.txt", Encoding.UTF8.GetBytes(lines)).Document!.Grids[0].Rows.Where(r => !r.IsBlank).ToList();

        Assert.Equal(4, rows.Count);
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标值"], rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["绩效目标", "第一行\n第二行"], rows[3].Cells.Select(c => c.Text));
        Assert.Equal("L17:C1", rows[3].Cells[1].Position.ToString());
    }

    [Fact]
    public void Items_HtmlOutlineWithListsAndLatex_GivesOneItemPerParagraph()
    {
        var items = HtmlOutline.Items("<p>一、产出指标</p> <p>(一) 数量指标</p> <ol style=\"list-style-type: none\"> <li>1. 全县转移就业人数 <math>\\geq 31000</math>人(次)</li> <li>2. 次数 <math>\\geq 2</math>次</li> </ol>");

        Assert.Equal(["一、产出指标", "(一) 数量指标", "1. 全县转移就业人数 \\geq 31000人(次)", "2. 次数 \\geq 2次"], items);
    }

    [Fact]
    public void Import_PublicListAsHtmlPage_ReadsTheSameProjectsAsTheTextExtraction()
    {
        var lines = File.ReadAllLines(Seeds.PathOf(Seeds.PublicList001)).Where(l => l.Contains('\t', StringComparison.Ordinal));
        var html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><h1>门源县就业局2024年部门预算项目支出绩效目标公开表</h1><table>");
        foreach (var line in lines)
        {
            html.Append("<tr>");
            foreach (var cell in line.Split('\t'))
            {
                html.Append("<td>").Append(cell.Contains("<p>", StringComparison.Ordinal) ? cell : WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table></body></html>");

        var document = DocumentImporter.Default.Import("001.html", Encoding.UTF8.GetBytes(html.ToString())).Document!;

        var expected = Seeds.Read(Seeds.PublicList001);
        Assert.Equal(expected.Sheets.Select(s => (s.ProjectName, s.Budget?.TotalWan, s.Indicators.Count)), document.Sheets.Select(s => (s.ProjectName, s.Budget?.TotalWan, s.Indicators.Count)));
        Assert.Equal(expected.Sheets[2].Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Value.Raw)), document.Sheets[2].Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Value.Raw)));
        Assert.Equal("表1", document.Sheets[0].Indicators[0].Position.Part);
    }

    [Fact]
    public void Import_BinaryGarbage_IsAnErrorNotAnException()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray();

        var outcome = DocumentImporter.Default.Import("garbage.txt", bytes);

        Assert.Null(outcome.Document);
        Assert.Equal(ReadErrorCode.Binary, outcome.Error!.Code);
        Assert.Equal("READ-BINARY", outcome.Error.CodeText);
    }

    [Fact]
    public void Import_TooLarge_IsRefused()
    {
        var outcome = DocumentImporter.Default.Import("big.txt", new byte[DocumentImporter.MaxBytes + 1]);

        Assert.Equal(ReadErrorCode.TooLarge, outcome.Error!.Code);
        Assert.Contains("50 MB", outcome.Error.MessageZh);
    }

    [Fact]
    public void ToString_Position_NamesLineCellSheetAndItem()
    {
        Assert.Equal("L12:C3", SourcePosition.Line(12, 3).ToString());
        Assert.Equal("L9:C5#3", SourcePosition.Line(9, 5).AtItem(3).ToString());
        Assert.Equal("Sheet1!AB7", new SourcePosition("Sheet1", 7, 28).ToString());
    }
}
