using System.Diagnostics;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Reading;

/// <summary>
/// Packages built to stop, stall or bloat the reader (issue 13): each is refused with TooDeep or TooBig,
/// or read in bounded time, before the Office SDK builds a tree. Without the checks the deep ones kill
/// the test process with a stack overflow.
/// </summary>
public class OpenXmlLimitsTests
{
    public static TheoryData<string, byte[]> DeepPackages() => new()
    {
        { "worksheet", HostileFiles.DeepWorkbook(20_000) },
        { "shared strings", HostileFiles.DeepWorkbook(20_000, HostileFiles.StringsPart) },
        { "document body", HostileFiles.DeepDocument(20_000) },
        { "just past the limit", HostileFiles.DeepDocument(ReadLimits.MaxDepth) },
    };

    [Theory]
    [MemberData(nameof(DeepPackages))]
    public void Import_NestedDeeperThanTheLimit_RefusedAsTooDeep(string what, byte[] package)
    {
        var outcome = DocumentImporter.Default.Import(what.Contains("work", StringComparison.Ordinal) || what.Contains("strings", StringComparison.Ordinal) ? "深.xlsx" : "深.docx", package);

        Assert.Equal(ReadErrorCode.TooDeep, outcome.Error?.Code);
        Assert.Equal("READ-TOO-DEEP", outcome.Error!.CodeText);
        Assert.Contains("嵌套过深", outcome.Error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NestedJustWithinTheLimit_Read()
    {
        Assert.NotNull(new XlsxReader().Read("a.xlsx", HostileFiles.DeepWorkbook(ReadLimits.MaxDepth - 10)).Document);
        Assert.NotNull(new DocxReader().Read("a.docx", HostileFiles.DeepDocument(ReadLimits.MaxDepth - 10)).Document);
    }

    [Fact]
    public void Read_PartLargerThanTheLimit_RefusedAsTooBig()
    {
        var huge = OpenXmlFixtures.EditPart(HostileFiles.Workbook(), HostileFiles.SheetPart, xml =>
            HostileFiles.BeforeRootEnd(xml, "<x>" + new string('万', (int)(ReadLimits.MaxPartBytes / 3) + 1) + "</x>"));

        var error = new XlsxReader().Read("a.xlsx", huge).Error;

        Assert.Equal(ReadErrorCode.TooBig, error?.Code);
        Assert.Equal("READ-TOO-BIG", error!.CodeText);
        Assert.Contains(HostileFiles.SheetPart, error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreElementsThanTheLimit_RefusedAsTooBig()
    {
        var many = OpenXmlFixtures.EditPart(HostileFiles.Document(), HostileFiles.BodyPart, xml =>
            HostileFiles.BeforeRootEnd(xml, string.Concat(Enumerable.Repeat("<x/>", (int)ReadLimits.MaxElements))));

        Assert.Equal(ReadErrorCode.TooBig, new DocxReader().Read("a.docx", many).Error?.Code);
    }

    [Fact]
    public void Read_StrayCellInLastRow_OnlyRowsThatExistPlusABoundedGap()
    {
        var clock = Stopwatch.StartNew();

        var rows = new XlsxReader().Read("a.xlsx", HostileFiles.StrayCellInLastRow()).Document!.Grids[0].Rows;

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal(2 + ReadLimits.MaxBlankRun, rows.Count);
        Assert.Equal("项目名称 | 道路养护", rows[0].Text);
        Assert.All(rows.Skip(1).SkipLast(1), row => Assert.True(row.IsBlank));
        Assert.Equal(1_048_576, rows[^1].Position.Row);
        Assert.Equal(1_048_575, rows[^2].Position.Row);
        Assert.Equal("x", rows[^1].Text);
    }

    public static TheoryData<string, byte[]> CellBombs() => new()
    {
        {
            "a merge over the whole sheet with a cell in its far corner",
            HostileFiles.RawSheet(
                $"""<row r="1">{HostileFiles.InlineCell("A1", "标题")}</row><row r="1048576">{HostileFiles.InlineCell("XFD1048576", "x")}</row>""",
                """<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>""")
        },
        {
            "a cell in the last column of a hundred rows",
            HostileFiles.RawSheet(string.Concat(Enumerable.Range(1, 100).Select(r => $"""<row r="{r}">{HostileFiles.InlineCell($"XFD{r}", "x")}</row>""")))
        },
    };

    [Theory]
    [MemberData(nameof(CellBombs))]
    public void Read_MoreCellsThanTheLimit_RefusedAsTooBigQuickly(string what, byte[] xlsx)
    {
        var clock = Stopwatch.StartNew();

        var error = new XlsxReader().Read("a.xlsx", xlsx).Error;

        Assert.True(error?.Code == ReadErrorCode.TooBig, what);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    public static TheoryData<string, string> EntityAttacks() => new()
    {
        { "billion laughs", """<!DOCTYPE w [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>""" },
        { "external entity", """<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/hostname">]>""" },
    };

    [Theory]
    [MemberData(nameof(EntityAttacks))]
    public void Read_DocumentTypeDeclarationInAPart_RefusedAsCorruptWithoutExpanding(string what, string doctype)
    {
        var docx = OpenXmlFixtures.EditPart(HostileFiles.Document(), HostileFiles.BodyPart, xml =>
        {
            var root = xml.IndexOf("<w:document", StringComparison.Ordinal);
            return xml[..root] + doctype + xml[root..].Replace("项目名称", what.StartsWith('b') ? "&h;" : "&x;", StringComparison.Ordinal);
        });

        var result = new DocxReader().Read("a.docx", docx);

        Assert.True(result.Error?.Code == ReadErrorCode.CorruptPackage, what);
    }
}
