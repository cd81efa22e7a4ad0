using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Core.Tests.Reading;

public class DocxReaderTests
{
    private static readonly DocxReader Reader = new();

    private static IReadOnlyList<Row> ReadRows(byte[] docx)
    {
        var result = Reader.Read("目标表.docx", docx);
        Assert.Null(result.Error);
        var grid = Assert.Single(result.Document!.Grids);
        return grid.Rows;
    }

    private static string[] Texts(Row row) => row.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void Read_Paragraphs_OneRowEachEmptyOnesBlank()
    {
        var rows = ReadRows(OpenXmlFixtures.Document("项目支出绩效目标表", "", "第一行\n第二行"));

        Assert.Equal(3, rows.Count);
        Assert.Equal(["项目支出绩效目标表"], Texts(rows[0]));
        Assert.True(rows[1].IsBlank);
        Assert.Equal(["第一行\n第二行"], Texts(rows[2]));
        Assert.Equal(new SourcePosition("正文", 3, 0), rows[2].Cells[0].Position);
        Assert.Equal(new SourcePosition("正文", 3, 0), rows[2].Position);
    }

    [Fact]
    public void Read_TableWithMerges_BlanksAfterSpansAndBelowVerticalMerges()
    {
        var table = new DocxTable(
            [
                ["项目名称", "道路养护", null, null],
                ["产出指标", "数量指标", "养护里程", "≥120公里"],
                [null, "质量指标", "合格率", "≥95%"],
                ["效益指标", "满意度", null, "≥90%"],
            ],
            "B1:D1", "A2:A3", "B4:C4");

        var rows = ReadRows(OpenXmlFixtures.Document("前言", table, "后记"));

        Assert.Equal(["前言"], Texts(rows[0]));
        Assert.Equal(["项目名称", "道路养护", "", ""], Texts(rows[1]));
        Assert.Equal(["产出指标", "数量指标", "养护里程", "≥120公里"], Texts(rows[2]));
        Assert.Equal(["", "质量指标", "合格率", "≥95%"], Texts(rows[3]));
        Assert.Equal(["效益指标", "满意度", "", "≥90%"], Texts(rows[4]));
        Assert.True(rows[5].IsBlank); // after the table
        Assert.Equal(["后记"], Texts(rows[6]));
        Assert.Equal(7, rows.Count);
    }

    [Fact]
    public void Read_TableAndParagraphs_PositionsByTableAndParagraphNumber()
    {
        var rows = ReadRows(OpenXmlFixtures.Document(
            "一", new DocxTable([["a", "b"]]), "二", new DocxTable([["合并", null, "c"]], "A1:B1")));

        Assert.Equal(new SourcePosition("表1", 1, 2), rows[1].Cells[1].Position);
        Assert.Equal(new SourcePosition("表1", 1, 0), rows[1].Position);
        Assert.Equal(new SourcePosition("正文", 2, 0), rows[3].Position);
        Assert.Equal([1, 2, 3], rows[4].Cells.Select(c => c.Position.Column));
        Assert.Equal("表2", rows[4].Cells[2].Position.Part);
        Assert.Equal("c", rows[4].Cells[2].Text);
    }

    [Fact]
    public void Read_CellWithSeveralParagraphs_JoinedWithLineFeeds()
    {
        var rows = ReadRows(OpenXmlFixtures.Document(new DocxTable([["第一段\n第二段", "x"]])));

        Assert.Equal("第一段\n第二段", rows[0].Cells[0].Text);
    }

    [Fact]
    public void Read_NestedTable_FlattenedIntoContainingCell()
    {
        var docx = OpenXmlFixtures.EditDocument(OpenXmlFixtures.Document(new DocxTable([["外层", "x"]])), body =>
        {
            var cell = body.Descendants<W.TableCell>().First();
            cell.Append(OpenXmlFixtures.Table(new DocxTable([["内1", "内2"], ["内3", null]])), new W.Paragraph());
        });

        var rows = ReadRows(docx);

        Assert.Equal(2, rows.Count); // one table row and the blank after the table
        Assert.Equal("外层\n内1\t内2\n内3\n", rows[0].Cells[0].Text);
    }

    [Fact]
    public void Read_DeletedTextAndFieldCodes_LeftOut()
    {
        var docx = OpenXmlFixtures.EditDocument(OpenXmlFixtures.Document("保留"), body =>
        {
            var paragraph = body.Elements<W.Paragraph>().First();
            paragraph.Append(
                new W.DeletedRun(new W.Run(new W.DeletedText("删掉的"))),
                new W.Run(new W.FieldCode(" PAGE ")),
                new W.Run(new W.TabChar(), new W.Text("尾")));
        });

        Assert.Equal("保留\t尾", ReadRows(docx)[0].Cells[0].Text);
    }

    [Fact]
    public void Read_RawMarkup_ContentControlsGridBeforeAndAlternateContent()
    {
        const string body = """
            <w:body xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
            <w:sdt><w:sdtContent><w:p><w:r><w:t>控件内</w:t></w:r></w:p></w:sdtContent></w:sdt>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="w14"><w:t>文本框</w:t></mc:Choice>
              <mc:Fallback><w:t>文本框</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
            <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
            <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc>
              <w:tc><w:p><w:r><w:t>C</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val="oops"/></w:tcPr><w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:tc>
              <w:tc><w:tcPr><w:vMerge w:val="continue"/></w:tcPr><w:p><w:r><w:t>被合并</w:t></w:r></w:p></w:tc>
              <w:tc><w:p><w:r><w:t>E</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl></w:body>
            """;
        var docx = OpenXmlFixtures.EditPart(OpenXmlFixtures.Document("x"), "word/document.xml",
            xml => System.Text.RegularExpressions.Regex.Replace(xml, "<w:body>.*</w:body>", body));

        var rows = ReadRows(docx);

        Assert.Equal(["控件内"], Texts(rows[0]));
        Assert.Equal(["文本框"], Texts(rows[1]));
        Assert.Equal(["", "B", "C"], Texts(rows[2]));
        Assert.Equal(3, rows[2].Cells[2].Position.Column);
        Assert.Equal(["1", "", "E"], Texts(rows[3]));
        Assert.Equal(new SourcePosition("正文", 2, 0), rows[1].Position);
    }

    [Fact]
    public void Read_EmptyFile_ReturnsEmpty()
    {
        Assert.Equal(ReadErrorCode.Empty, Reader.Read("a.docx", []).Error?.Code);
    }

    public static TheoryData<string, byte[]> DamagedFiles()
    {
        var valid = OpenXmlFixtures.Document("内容", new DocxTable([["a", "b"]]));
        var random = new byte[4096];
        new Random(11).NextBytes(random);
        return new()
        {
            { "truncated", valid[..(valid.Length / 2)] },
            { "random bytes", random },
            { "workbook", OpenXmlFixtures.Workbook(("S", [["不是文档"]], [])) },
        };
    }

    [Theory]
    [MemberData(nameof(DamagedFiles))]
    public void Read_DamagedFile_ReturnsCorruptPackage(string what, byte[] content)
    {
        var result = Reader.Read("a.docx", content);

        Assert.True(result.Error?.Code == ReadErrorCode.CorruptPackage, what);
        Assert.Equal("文件已损坏或不是有效的 Word 文档（.docx）", result.Error!.MessageZh);
    }

    [Theory]
    [InlineData("目标.docx", true)]
    [InlineData("目标.DOCX", true)]
    [InlineData("目标.xlsx", false)]
    [InlineData("目标.doc", false)]
    public void CanRead_Name_ClaimsWordDocuments(string name, bool expected) =>
        Assert.Equal(expected, Reader.CanRead(name, "PK\x03\x04"u8));
}
