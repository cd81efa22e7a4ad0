using System.Globalization;
using System.Text;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Reading;

/// <summary>
/// The PDF layout from word boxes, on pdftotext -tsv text written here: columns by x position,
/// cells cut where more room than a space is left, and row ends read from the page.
/// </summary>
public sealed class PdfWordLayoutTests
{
    // A 10.5 pt font: Chinese characters 10.5 pt wide, text 13.65 pt high; lines of a cell 15.1 pt
    // apart, rows 15.6 (a border between them), as LibreOffice prints a Word table.
    private const double Char = 10.5;

    [Fact]
    public void Lay_WrappedNameAndValue_ContinuesOnlyTheLinesOfTheSameCell()
    {
        var tsv = new Tsv()
            .Word(1, 56.8, 100, "一级指标").Word(1, 146.8, 100, "三级指标").Word(1, 236.8, 100, "指标值")
            // Row 1: name and value both wrap (full cells), one line below at the line pitch.
            .Word(1, 56.8, 115.6, "产出指标").Word(1, 146.8, 115.6, "困难群体参加城").Word(1, 236.8, 115.6, "按上级为困难群")
            .Word(1, 146.8, 130.7, "乡居民养老保险").Word(1, 236.8, 130.7, "体代缴养老保险")
            // Row 2 starts a border further down although its cells stand in the same columns.
            .Word(1, 146.8, 146.3, "基础养老金标准").Word(1, 236.8, 146.3, "按上级标准执行")
            .Word(1, 146.8, 161.4, "调整").Word(1, 236.8, 161.4, "到位")
            .Word(1, 146.8, 177.0, "发放及时率").Word(1, 236.8, 177.0, "100%")
            .Text();

        var layout = PdfWordLayout.Lay(tsv);
        var lines = layout.Text.Split('\n');

        Assert.StartsWith("一级指标", lines[0].TrimStart(), StringComparison.Ordinal);
        Assert.Equal([3, 5], layout.Continued.Order());
        Assert.Equal(lines[1].IndexOf("困难", StringComparison.Ordinal), lines[2].IndexOf("乡居民", StringComparison.Ordinal));
    }

    [Fact]
    public void Lay_WordsOfOneCellApartByAFontChange_StayOneCell()
    {
        var tsv = new Tsv()
            .Word(1, 56.8, 100, "完成").Word(1, 56.8 + 2 * Char + 2.1, 99.5, "2023", width: 28).Word(1, 56.8 + 2 * Char + 32.2, 100, "年考核")
            .Word(1, 236.8, 100, "1次")
            .Text();

        var line = PdfWordLayout.Lay(tsv).Text.Split('\n')[0];

        Assert.Equal(["完成2023年考核", "1次"], ColumnLayout.Fragments(line).Select(f => f.Text));
    }

    [Fact]
    public void Lay_AfterChineseText_ASpaceOfTheChineseFontIsASpaceAWordProcessorsRoomIsNot()
    {
        var tsv = new Tsv()
            .Word(1, 56.8, 100, "专项").Word(1, 56.8 + 2 * Char + 2.3, 100, "(畜禽)", width: 35)
            .Word(1, 56.8, 130, "到位率").Word(1, 56.8 + 3 * Char + 2.1, 129.5, "100%", width: 28)
            .Word(1, 56.8, 160, "预算内").Word(1, 56.8 + 3 * Char + 2.3, 160, "投资项目")
            .Text();

        var lines = PdfWordLayout.Lay(tsv).Text.Split('\n');

        Assert.Equal("专项 (畜禽)", lines[0].Trim());
        Assert.Equal("到位率100%", lines[1].Trim());
        Assert.Equal("预算内 投资项目", lines[2].Trim());
    }

    [Fact]
    public void Lay_LineBreakInACell_IsANewLineWhereAWrapStartingWithLatinTextShowedTheLinePitch()
    {
        // Lines of a cell 15.2 pt apart, rows 18.7; the first wrap goes on with Latin text (+”产业), the last cell breaks a short line.
        var tsv = new Tsv()
            .Word(1, 56.8, 100, "一级指标").Word(1, 146.8, 100, "三级指标").Word(1, 236.8, 100, "指标值")
            .Word(1, 56.8, 118.7, "效益指标").Word(1, 146.8, 118.7, "推动体育消费网").Word(1, 236.8, 118.7, "良好")
            .Word(1, 146.8, 133.9, "+”产业深度融合", width: 66.7)
            .Word(1, 146.8, 152.6, "打造品牌赛事提").Word(1, 236.8, 152.6, "良好")
            .Word(1, 146.8, 167.8, "升城市知名度")
            .Word(1, 146.8, 186.5, "打造网球").Word(1, 236.8, 186.5, "可持续")
            .Word(1, 146.8, 201.7, "公开赛等赛事")
            .Word(1, 146.8, 220.4, "群众满意度").Word(1, 236.8, 220.4, "≥95%", width: 30)
            .Text();

        var layout = PdfWordLayout.Lay(tsv);

        Assert.Equal([3, 5, 7], layout.Continued.Order());
        Assert.Equal([7], layout.NewLines);
    }

    [Fact]
    public void Lay_RowsBesideAMergedLabel_AreRowsWhereOneWrapShowsTheLinePitch()
    {
        // A label over three rows of one line each (18.7 pt apart), the first as wide as the table; one wrap (15.2 pt) in the indicators.
        var tsv = new Tsv()
            .Word(1, 56.8, 100, "实施计划").Word(1, 146.8, 100, "突出永济市的历史文化价值体现")
            .Word(1, 146.8, 118.7, "根据永文保发的请示")
            .Word(1, 146.8, 137.4, "主要用于文物修缮支出")
            .Word(1, 56.8, 156.1, "一级指标").Word(1, 146.8, 156.1, "三级指标").Word(1, 236.8, 156.1, "指标值")
            .Word(1, 56.8, 174.8, "产出指标").Word(1, 146.8, 174.8, "文物保护单位方案").Word(1, 236.8, 174.8, "59万元", width: 30)
            .Word(1, 146.8, 190.0, "费文物安全")
            .Word(1, 146.8, 208.7, "按期完工").Word(1, 236.8, 208.7, "按期")
            .Word(1, 146.8, 227.4, "文物巡查").Word(1, 236.8, 227.4, "100%", width: 30)
            .Text();

        var layout = PdfWordLayout.Lay(tsv);

        Assert.Equal([6], layout.Continued.Order());
    }

    [Fact]
    public void Lay_LineOfAMergedCellShortOfItsEnd_WasNotFull()
    {
        // No line pitch on the page: a line goes on only under a full one; the merged cell's second line crosses a column but stops short.
        var tsv = new Tsv()
            .Word(1, 56.8, 100, "一级指标").Word(1, 146.8, 100, "三级指标").Word(1, 236.8, 100, "指标值")
            .Word(1, 56.8, 125, "年度目标").Word(1, 146.8, 125, "甲乙丙丁戊己庚辛壬癸子丑寅卯")
            .Word(1, 146.8, 140.2, "辰巳午未申酉戌亥甲乙")
            .Word(1, 146.8, 155.4, "丙丁戊")
            .Word(1, 56.8, 180, "产出指标").Word(1, 146.8, 180, "数量").Word(1, 236.8, 180, "1处")
            .Text();

        var layout = PdfWordLayout.Lay(tsv);

        Assert.Equal([3], layout.Continued.Order());
    }

    [Fact]
    public void Lay_TwoTablesOfTheirOwnWidthsOnAPage_AWrappedCellStaysUnderItsFirstLine()
    {
        // A task table (name, amount, expected result) above an indicator table whose value column runs under both of its last columns.
        var tsv = new Tsv()
            .Word(1, 56.8, 100, "任务1").Word(1, 146.8, 100, "工程费").Word(1, 300, 100, "100.00", width: 30).Word(1, 400, 100, "用于推进粤菜")
            .Word(1, 400, 115.2, "师傅南粤家政")
            .Word(1, 400, 130.4, "东技工的效果")
            .Word(1, 56.8, 149.1, "一级指标").Word(1, 146.8, 149.1, "三级指标").Word(1, 300, 149.1, "指标值")
            .Word(1, 56.8, 167.8, "产出指标").Word(1, 146.8, 167.8, "完成率").Word(1, 300, 167.8, "完成本单位正常工作重点")
            .Text();

        var layout = PdfWordLayout.Lay(tsv);
        var lines = layout.Text.Split('\n');

        Assert.Equal(lines[0].IndexOf("用于", StringComparison.Ordinal), lines[1].IndexOf("师傅", StringComparison.Ordinal));
        Assert.Equal([2, 3], layout.Continued.Order());
    }

    [Fact]
    public void Lay_LatinWordThatDidNotFitTheRoomLeft_GoesOnWithTheLineAbove()
    {
        // The line above stops 31.5 pt short of its column's end: room for three Chinese characters, not for ×100% (38.75 pt).
        var tsv = new Tsv()
            .Word(1, 56.8, 100, "三级指标").Word(1, 146.8, 100, "指标解释")
            .Word(1, 56.8, 118.7, "帮扶率").Word(1, 146.8, 118.7, "帮扶人数除以贫困劳动力人数计")
            .Word(1, 56.8, 137.4, "就业率").Word(1, 146.8, 137.4, "稳定就业人数除以输送人")
            .Word(1, 146.8, 150.2, "×100%", width: 38.75)
            .Word(1, 56.8, 171.3, "满意度").Word(1, 146.8, 171.3, "群众满意")
            .Text();

        var layout = PdfWordLayout.Lay(tsv);

        Assert.Equal([4], layout.Continued.Order());
    }

    [Fact]
    public void Lay_ColumnsStandStillAcrossPages()
    {
        var tsv = new Tsv()
            .Word(1, 56.8, 100, "一级指标").Word(1, 146.8, 100, "三级指标").Word(1, 236.8, 100, "指标值")
            .Word(2, 146.8, 60, "继续的指标").Word(2, 236.8, 60, "≥95%")
            .Text();

        var lines = PdfWordLayout.Lay(tsv).Text.Split('\n');

        Assert.StartsWith("\f", lines[1], StringComparison.Ordinal);
        Assert.Equal(lines[0].IndexOf("三级", StringComparison.Ordinal), lines[1].TrimStart('\f').IndexOf("继续", StringComparison.Ordinal));
    }

    [Fact]
    public void Lay_Garbage_GivesNoTextAndNoException()
    {
        var layout = PdfWordLayout.Lay("level\tpage\n5\tx\ty\n4\t1\t0\t0\t0\t0\tNaN\t1\t1\t1\t-1\t###LINE###\n\t\t\t");

        Assert.Equal("", layout.Text.Trim());
        Assert.Empty(layout.Continued);
    }

    [Fact]
    public void CappedStream_PastTheCap_KeepsTheCapAndSaysSo()
    {
        using var stream = new CappedStream(10);
        stream.Write(new byte[8]);
        stream.Write(new byte[8]);

        Assert.True(stream.Exceeded);
        Assert.Equal(8, stream.Length);
    }

    /// <summary>pdftotext -tsv records: a line record (level 4) and a word record (level 5) per word.</summary>
    private sealed class Tsv
    {
        private readonly StringBuilder text = new("level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n");
        private int line;

        public Tsv Word(int page, double left, double top, string word, double? width = null)
        {
            var w = width ?? word.Length * Char;
            var height = word.All(c => c < 0x80) ? 14.3 : 13.65;
            text.Append(CultureInfo.InvariantCulture, $"4\t{page}\t0\t0\t{line}\t0\t{left}\t{top}\t{w}\t{height}\t-1\t###LINE###\n");
            text.Append(CultureInfo.InvariantCulture, $"5\t{page}\t0\t0\t{line}\t0\t{left}\t{top}\t{w}\t{height}\t100\t{word}\n");
            line++;
            return this;
        }

        public string Text() => text.ToString();
    }
}
