using System.Globalization;
using System.IO.Compression;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Reading;

public class XlsxReaderTests
{
    private static readonly XlsxReader Reader = new();

    private static SourceDocument ReadOk(byte[] xlsx, string name = "目标表.xlsx")
    {
        var result = Reader.Read(name, xlsx);
        Assert.Null(result.Error);
        return result.Document!;
    }

    private static string[] Texts(Row row) => row.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void Read_TwoSheets_OneGridPerSheetInWorkbookOrder()
    {
        var xlsx = OpenXmlFixtures.Workbook(
            ("绩效目标", [["项目名称", "道路养护"]], []),
            ("说明", [["填表说明"]], []));

        var document = ReadOk(xlsx);

        Assert.Equal("目标表.xlsx", document.Name);
        Assert.Equal(["绩效目标", "说明"], document.Grids.Select(g => g.Name));
        Assert.Equal(["项目名称", "道路养护"], Texts(document.Grids[0].Rows[0]));
        Assert.Equal(["填表说明"], Texts(document.Grids[1].Rows[0]));
    }

    [Fact]
    public void Read_Positions_AreSheetExcelRowAndColumn()
    {
        var xlsx = OpenXmlFixtures.Workbook(("表一", [["a", "b"], ["c", "d"]], []));

        var rows = ReadOk(xlsx).Grids[0].Rows;

        Assert.Equal(new SourcePosition("表一", 2, 2), rows[1].Cells[1].Position);
        Assert.Equal("表一!B2", rows[1].Cells[1].Position.ToString());
        Assert.Equal(new SourcePosition("表一", 2, 0), rows[1].Position);
    }

    [Fact]
    public void Read_StringKinds_SharedInlineAndRichTextRead()
    {
        var xlsx = OpenXmlFixtures.Workbook(new XlsxSheet("S", [[
            "共享", XlsxCell.InlineText("内联"), XlsxCell.RichText("满意度", "≥", "90%"), " 前后空格 ",
        ]]));

        Assert.Equal(["共享", "内联", "满意度≥90%", " 前后空格 "], Texts(ReadOk(xlsx).Grids[0].Rows[0]));
    }

    [Fact]
    public void Read_PercentFormats_RenderedAsExcelShowsThem()
    {
        var xlsx = OpenXmlFixtures.Workbook(new XlsxSheet("S", [[
            XlsxCell.Numeric(0.95, 9), XlsxCell.Numeric(1, 9), XlsxCell.Numeric(0.1234, 10),
            XlsxCell.Numeric(0.955, formatCode: "0.0%"), XlsxCell.Numeric(0.005, 9),
        ]]));

        Assert.Equal(["95%", "100%", "12.34%", "95.5%", "1%"], Texts(ReadOk(xlsx).Grids[0].Rows[0]));
    }

    [Fact]
    public void Read_Numbers_InvariantWithoutExponentOrFloatNoise()
    {
        var xlsx = OpenXmlFixtures.Workbook(new XlsxSheet("S", [[
            XlsxCell.Numeric(1234567.5), XlsxCell.Numeric(0.00001), XlsxCell.Numeric(0.1 + 0.2),
            XlsxCell.Numeric(-3), XlsxCell.Numeric(12_000_000_000), XlsxCell.Numeric(45292, 14),
            XlsxCell.Numeric(45292, formatCode: "yyyy\"年\"m\"月\"d\"日\""), XlsxCell.Numeric(45292.5, 22),
        ]]));
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal(
                ["1234567.5", "0.00001", "0.3", "-3", "12000000000", "2024-01-01", "2024-01-01", "45292.5"],
                Texts(ReadOk(xlsx).Grids[0].Rows[0]));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Read_HorizontalAndVerticalMerges_ValueTopLeftBlanksElsewhere()
    {
        // B1 holds a stray value inside the merge; Excel would not show it, so neither do we.
        var xlsx = OpenXmlFixtures.Workbook(("S", [
            ["标题", "藏起来的", null, "D1"],
            ["产出指标", "数量", "100", "D2"],
            [null, "质量", "合格", "D3"],
        ], ["A1:C1", "A2:A3"]));

        var rows = ReadOk(xlsx).Grids[0].Rows;

        Assert.Equal(["标题", "", "", "D1"], Texts(rows[0]));
        Assert.Equal(["产出指标", "数量", "100", "D2"], Texts(rows[1]));
        Assert.Equal(["", "质量", "合格", "D3"], Texts(rows[2]));
        Assert.Equal(new SourcePosition("S", 3, 1), rows[2].Cells[0].Position);
    }

    [Fact]
    public void Read_MergeBeyondData_EveryCellOfRangeExists()
    {
        var xlsx = OpenXmlFixtures.Workbook(("S", [["绩效目标表"], ["a"]], ["A1:E1", "B2:C3"]));

        var rows = ReadOk(xlsx).Grids[0].Rows;

        Assert.Equal(["绩效目标表", "", "", "", ""], Texts(rows[0]));
        Assert.Equal(["a", "", ""], Texts(rows[1]));
        Assert.Equal(["", "", ""], Texts(rows[2]));
    }

    [Fact]
    public void Read_SparseRow_MissingCellsBecomeBlanksAtTheirColumns()
    {
        var xlsx = OpenXmlFixtures.Workbook(("S", [["a", null, null, "d"]], []));

        var cells = ReadOk(xlsx).Grids[0].Rows[0].Cells;

        Assert.Equal(["a", "", "", "d"], cells.Select(c => c.Text));
        Assert.Equal([1, 2, 3, 4], cells.Select(c => c.Position.Column));
    }

    [Fact]
    public void Read_EmptyRows_KeptAsBlankRowsSoRowNumbersMatch()
    {
        var xlsx = OpenXmlFixtures.Workbook(("S", [[], ["第二行"], [null], [], ["第五行"]], []));

        var rows = ReadOk(xlsx).Grids[0].Rows;

        Assert.Equal(5, rows.Count);
        Assert.True(rows[0].IsBlank);
        Assert.True(rows[2].IsBlank && rows[3].IsBlank);
        Assert.Equal("第五行", rows[4].Text);
        Assert.Equal(5, rows[4].Position.Row);
    }

    [Fact]
    public void Read_InferredNumbers_ReadBackAsWritten()
    {
        string?[] written = ["100", "95%", "95.50%", "12.5", "1.50", "007", "≥90%", "-2"];
        var xlsx = OpenXmlFixtures.WorkbookWithNumbers(("S", [written], []));

        Assert.Equal(written, Texts(ReadOk(xlsx).Grids[0].Rows[0]));
    }

    [Fact]
    public void Read_RawMarkup_ImplicitReferencesAndOtherCellTypes()
    {
        const string sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c><c t="str"><f>A1</f><v>公式结果</v></c></row>
            <row><c t="inlineStr"><is><r><t>行</t></r><r><t>内</t></r><rPh sb="0" eb="1"><t>ギョウ</t></rPh></is></c>
              <c t="inlineStr"><is><t>第一行_x000A_第二行</t></is></c><c r="E2"><v>7</v></c></row>
            <row r="5"><c r="B5"><v>1e3</v></c><c r="C5" s="oops"><v>2</v></c></row>
            </sheetData></worksheet>
            """;
        var xlsx = OpenXmlFixtures.EditPart(OpenXmlFixtures.Workbook(("S", [["x"]], [])), "xl/worksheets/sheet1.xml", _ => sheet);

        var rows = ReadOk(xlsx).Grids[0].Rows;

        Assert.Equal(["TRUE", "#DIV/0!", "公式结果"], Texts(rows[0]));
        Assert.Equal(["行内", "第一行\n第二行", "", "", "7"], Texts(rows[1]));
        Assert.True(rows[2].IsBlank && rows[3].IsBlank);
        Assert.Equal(["", "1000", "2"], Texts(rows[4]));
    }

    [Fact]
    public void Read_HugeMerge_CutOffNearTheData()
    {
        var xlsx = OpenXmlFixtures.Workbook(("S", [["标题"], ["a", "b"]], ["A1:XFD1048576"]));

        var rows = ReadOk(xlsx).Grids[0].Rows;

        Assert.InRange(rows.Count, 2, 300);
        Assert.InRange(rows.Max(r => r.Cells.Count), 2, 300);
        Assert.Equal("标题", rows[0].Cells[0].Text);
        Assert.All(rows.Skip(1), row => Assert.True(row.IsBlank));
    }

    [Fact]
    public void Read_EmptyFile_ReturnsEmpty()
    {
        var result = Reader.Read("a.xlsx", []);

        Assert.Equal(ReadErrorCode.Empty, result.Error?.Code);
        Assert.Equal("文件为空", result.Error?.MessageZh);
    }

    public static TheoryData<string, byte[]> DamagedFiles()
    {
        var valid = OpenXmlFixtures.Workbook(("S", [["a"]], []));
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        return new()
        {
            { "truncated", valid[..(valid.Length / 2)] },
            { "random bytes", random },
            { "zip header then garbage", [.. "PK\x03\x04"u8, .. random] },
            { "word document", OpenXmlFixtures.Document("不是工作簿") },
            { "plain zip", PlainZip() },
        };
    }

    [Theory]
    [MemberData(nameof(DamagedFiles))]
    public void Read_DamagedFile_ReturnsCorruptPackage(string what, byte[] content)
    {
        var result = Reader.Read("a.xlsx", content);

        Assert.True(result.Error?.Code == ReadErrorCode.CorruptPackage, what);
        Assert.Equal("文件已损坏或不是有效的 Excel 工作簿（.xlsx）", result.Error!.MessageZh);
        Assert.Null(result.Document);
    }

    [Theory]
    [InlineData("目标.xlsx", "", true)]
    [InlineData("目标.XLSX", "", true)]
    [InlineData("download", "PK\u0003\u0004", true)]
    [InlineData("目标.docx", "PK\u0003\u0004", false)]
    [InlineData("目标.txt", "项目", false)]
    public void CanRead_NameAndHead_ClaimsWorkbooks(string name, string head, bool expected) =>
        Assert.Equal(expected, Reader.CanRead(name, System.Text.Encoding.UTF8.GetBytes(head)));

    private static byte[] PlainZip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        return stream.ToArray();
    }
}
