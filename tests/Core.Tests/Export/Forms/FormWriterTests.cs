using DocumentFormat.OpenXml.Packaging;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Targets;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Core.Tests.Export.Forms;

/// <summary>What the form files carry beyond their text: merges, borders, widths, A4 print setup, repeated heading rows, safe cells.</summary>
public sealed class FormWriterTests
{
    private static readonly string[] Hostile = ["=SUM(A1:A9)", "+86 0971", "-1", "@cmd|' /C calc'!A0"];

    private static TargetSheet HostileSheet() => new()
    {
        Kind = SheetKind.Project,
        Title = "项目支出绩效目标表",
        Department = Hostile[0],
        ProjectName = Hostile[1],
        Purpose = Hostile[3],
        Indicators = [.. Hostile.Select(text => new Indicator
        {
            Level1 = "产出指标", Level2 = "数量指标", Name = text, Value = new TargetValue(text, Sign.None, null, null, true, ValueFlags.None),
            Description = text, Position = SourcePosition.Line(1),
        })],
        Position = SourcePosition.Line(1),
    };

    [Fact]
    public void WriteXlsx_TextStartingWithFormulaCharacters_IsAnInlineStringNeverAFormula()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(FormExport.Default.Write([HostileSheet()], "xlsx")), false);

        var cells = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<S.Cell>()).ToList();
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        var texts = cells.Where(c => c.DataType?.Value == S.CellValues.InlineString).Select(c => c.InnerText).ToList();
        Assert.All(Hostile, h => Assert.Contains(h, texts));
    }

    [Fact]
    public void WriteXlsx_ApprovalSeed_HasMergesA4PrintTitlesAndWidths()
    {
        var sheets = FormRoundTripTests.Read(Seeds.PathOf(Seeds.Approval000)).Sheets;

        using var document = SpreadsheetDocument.Open(new MemoryStream(FormExport.Default.Write(sheets, "xlsx")), false);

        var worksheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
        Assert.True(worksheet.Descendants<S.MergeCell>().Count() > 10);
        Assert.Equal(9u, worksheet.Descendants<S.PageSetup>().Single().PaperSize!.Value);
        Assert.True(worksheet.Descendants<S.PageSetupProperties>().Single().FitToPage!.Value);
        Assert.NotEmpty(worksheet.Descendants<S.Column>());
        Assert.Contains(document.WorkbookPart.Workbook.Descendants<S.DefinedName>(), n => n.Name == "_xlnm.Print_Titles");
        Assert.Contains(worksheet.Descendants<S.Cell>(), c => c.InnerText.StartsWith(FormText.Stamp, StringComparison.Ordinal));
        Assert.Contains(document.WorkbookPart.WorkbookStylesPart!.Stylesheet.Descendants<S.LeftBorder>(), b => b.Style?.Value == S.BorderStyleValues.Thin);
    }

    [Fact]
    public void WriteDocx_ProjectSeed_IsA4WithRepeatedHeadingRowsAndRowsThatDoNotSplit()
    {
        var sheets = FormRoundTripTests.Read(Seeds.PathOf(Seeds.ProjectTables002)).Sheets;

        using var document = WordprocessingDocument.Open(new MemoryStream(FormExport.Default.Write(sheets, "docx")), false);

        var body = document.MainDocumentPart!.Document.Body!;
        var sections = body.Descendants<W.SectionProperties>().ToList();
        Assert.Equal(sheets.Count, sections.Count);
        Assert.All(sections, s => Assert.Contains(s.GetFirstChild<W.PageSize>()!.Width!.Value, new uint[] { 11906, 16838 }));
        Assert.Equal(sheets.Count(s => s.Indicators.Count > 0), body.Descendants<W.TableHeader>().Count());
        Assert.All(body.Descendants<W.TableRow>(), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<W.CantSplit>()));
        Assert.Contains(body.Descendants<W.VerticalMerge>(), v => v.Val?.Value == W.MergedCellValues.Restart);
    }

    [Theory]
    [InlineData("../../etc/passwd", "xlsx", "etc_passwd.xlsx")]
    [InlineData("再就业工作经费", "pdf", "再就业工作经费.pdf")]
    [InlineData("a:b*c?\"d<e>f|g\u0001", "docx", "a_b_c__d_e_f_g.docx")]
    [InlineData("  ", "html", "绩效目标表.html")]
    [InlineData(null, "xlsx", "绩效目标表.xlsx")]
    public void FileName_AnyStem_IsSafe(string? stem, string format, string expected) =>
        Assert.Equal(expected, FormExport.FileName(stem, format));

    [Theory]
    [InlineData(Seeds.Approval000, FormFamily.Approval)]
    [InlineData(Seeds.PublicList001, FormFamily.PublicList)]
    [InlineData(Seeds.ProjectTables002, FormFamily.ProjectPlan)]
    [InlineData(Seeds.Declaration003, FormFamily.Declaration)]
    [InlineData(Seeds.UnitAndProjects004, FormFamily.UnitAndProject)]
    public void Infer_SeedSheets_AreTheirSeedsFamily(string seed, FormFamily family)
    {
        var sheets = FormRoundTripTests.Read(Seeds.PathOf(seed)).Sheets;

        var families = sheets.Select(FormFamilies.Infer).GroupBy(f => f).OrderByDescending(g => g.Count()).First().Key;

        Assert.Equal(family, families);
    }
}
