using System.IO.Compression;
using System.Text;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Export.Forms;

/// <summary>A region's forms as one zip: a readable file per sheet under a safe, unique name, the index and the README.</summary>
public sealed class FormArchiveTests
{
    private static readonly ArchiveDescription Description = new("630123", "青海省西宁市湟源县", 2024, "xlsx", "按各表导入时的版式", new DateTimeOffset(2024, 3, 1, 2, 0, 0, TimeSpan.Zero), "测试");

    /// <summary>The seeds whose every sheet carries back through its own form exactly (FormRoundTripTests).</summary>
    private static readonly string[] ExactSeeds = [Seeds.Approval000, Seeds.Declaration003, Seeds.UnitAndProjects004];

    private static List<ArchiveSheet> SeedSheets(params string[] seeds) =>
        [.. seeds.SelectMany(s => Seeds.Read(s).Sheets).Select((s, i) => new ArchiveSheet(i + 1, s, FormFamilies.Infer(s), "草稿"))];

    private static ZipArchive Build(IReadOnlyList<ArchiveSheet> sheets, string format, int pdfBatch = 100)
    {
        var output = new MemoryStream();
        using (var archive = new FormArchive(output, format, pdfBatch: pdfBatch))
        {
            foreach (var sheet in sheets)
            {
                archive.Add(sheet);
            }

            // A PDF batch is printed once full; the rest wait for Complete.
            Assert.Equal(format == "pdf" ? sheets.Count / pdfBatch * pdfBatch : sheets.Count, archive.Count);
            archive.Complete(Description with { Format = format });
            Assert.Equal(sheets.Count, archive.Count);
        }

        output.Position = 0;
        return new ZipArchive(output, ZipArchiveMode.Read);
    }

    private static List<ZipArchiveEntry> Forms(ZipArchive zip) =>
        [.. zip.Entries.Where(e => e.FullName is not (FormArchive.IndexName or FormArchive.ReadmeName))];

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("docx")]
    [InlineData("html")]
    public void Archive_Seeds_EachEntryReadsBackToItsSheet(string format)
    {
        var sheets = SeedSheets(ExactSeeds);

        using var zip = Build(sheets, format);

        var forms = Forms(zip);
        Assert.Equal(sheets.Count, forms.Count);
        for (var i = 0; i < sheets.Count; i++)
        {
            Assert.EndsWith("." + format, forms[i].FullName, StringComparison.Ordinal);
            var read = DocumentImporter.Default.Import(Path.GetFileName(forms[i].FullName), Bytes(forms[i]));
            Assert.Null(read.Error);
            var difference = SheetContent.Difference(FormRoundTripTests.Expected([sheets[i].Sheet]), [.. read.Document!.Sheets.Select(SheetContent.Of)]);
            Assert.True(difference.Length == 0, forms[i].FullName + "\n" + difference);
        }
    }

    [Fact]
    public void Archive_AllSeeds_IndexListsEveryFileInOrderWithTitleUnitStatusAndAmount()
    {
        var sheets = SeedSheets(Seeds.All);

        using var zip = Build(sheets, "xlsx");

        var index = Encoding.UTF8.GetString(Bytes(zip.GetEntry(FormArchive.IndexName)!)).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("文件名,编号,表名,主管部门,部门（单位）,项目名称,状态,预算（万元）", index[0], StringComparison.Ordinal);
        Assert.Equal(Forms(zip).Select(e => e.FullName), index.Skip(1).Select(l => l.Split(',')[0].Trim('"')));
        var project = sheets.First(s => s.Sheet.ProjectName is not null && s.Sheet.Budget?.TotalWan is not null);
        var line = index[sheets.IndexOf(project) + 1];
        Assert.Contains(project.Sheet.ProjectName!, line, StringComparison.Ordinal);
        Assert.Contains(",草稿,", line, StringComparison.Ordinal);
        Assert.EndsWith("," + project.Sheet.Budget!.TotalWan!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
        var readme = Encoding.UTF8.GetString(Bytes(zip.GetEntry(FormArchive.ReadmeName)!));
        Assert.Contains("青海省西宁市湟源县（财政区划 630123）2024 年度绩效目标表，共 " + sheets.Count + " 张", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void EntryName_HostileAndRepeatedNames_SafeUniqueAndReadable()
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        TargetSheet Project(string? department, string? unit, string? name) => new() { Position = SourcePosition.Line(1), Kind = SheetKind.Project, Department = department, Unit = unit, ProjectName = name };

        string[] names =
        [
            FormArchive.EntryName(Project("湟源县人社局", null, "再就业工作经费"), "xlsx", used),
            FormArchive.EntryName(Project("湟源县人社局", null, "再就业工作经费"), "xlsx", used),
            FormArchive.EntryName(Project("湟源县人社局", "湟源县就业服务局", "再就业工作经费"), "xlsx", used),
            FormArchive.EntryName(Project("../../etc", null, "../passwd"), "xlsx", used),
            FormArchive.EntryName(Project("a:b*c?", null, "x<y>z|\"\u0001"), "xlsx", used),
            FormArchive.EntryName(Project(null, null, null), "pdf", used),
            FormArchive.EntryName(new TargetSheet { Position = SourcePosition.Line(1), Kind = SheetKind.Department, Department = "湟源县人社局" }, "docx", used),
            FormArchive.EntryName(Project("湟源县人社局", null, new string('长', 200)), "html", used),
        ];

        Assert.Equal(
        [
            "湟源县人社局/再就业工作经费.xlsx",
            "湟源县人社局/再就业工作经费（2）.xlsx",
            "湟源县人社局/湟源县就业服务局-再就业工作经费.xlsx",
            "etc/passwd.xlsx",
            "a_b_c/x_y_z.xlsx",
            "未填部门/未命名项目.pdf",
            "湟源县人社局/部门整体支出绩效目标.docx",
            "湟源县人社局/" + new string('长', 80) + ".html",
        ], names);
        Assert.All(names, n => Assert.Equal(2, n.Split('/').Length));
        Assert.All(names.SelectMany(n => n.Split('/')), s => Assert.False(s is "" or "." or ".." || s.IndexOfAny(['\\', ':', '*', '?', '"', '<', '>', '|']) >= 0, s));
    }

    [Fact]
    public void Archive_Pdf_PrintedInBatchesOneFilePerSheet()
    {
        if (new PdfFormWriter(new DocxFormWriter()).Available is false)
        {
            Assert.Skip("LibreOffice (soffice) is not installed");
        }

        var sheets = SeedSheets(Seeds.ProjectTables002).Take(5).ToList();

        using var zip = Build(sheets, "pdf", pdfBatch: 2);

        var forms = Forms(zip);
        Assert.Equal(sheets.Count, forms.Count);
        Assert.All(forms, f => Assert.Equal("%PDF", Encoding.ASCII.GetString(Bytes(f), 0, 4)));
        Assert.Equal(sheets.Count, forms.Select(f => f.FullName).Distinct().Count());
    }
}
