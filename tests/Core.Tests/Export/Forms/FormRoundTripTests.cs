using Jixiao.Core.Export.Forms;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Core.Tests.Reading;

namespace Jixiao.Core.Tests.Export.Forms;

/// <summary>
/// import(export(sheet)) = sheet: every sheet Jixiao reads from the seeds and the corpus, written as its form in
/// .xlsx, .docx, .html and .pdf, reads back to the same content (<see cref="SheetContent"/>), sheet by sheet. The
/// PDFs are printed once for the class, all documents in one LibreOffice run (<see cref="PrintedForms"/>), and read
/// back — from the form's spreadsheet embedded in them, checked against the page (docs/decisions/021) — and, apart,
/// from the printed page alone, as any other PDF is read; skipped without LibreOffice or pdftotext.
/// </summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class FormRoundTripTests(PrintedForms printed) : IClassFixture<PrintedForms>
{
    /// <summary>
    /// Sources whose reading the form cannot carry back exactly, and why; strict — a file that starts to round-trip
    /// exactly must leave the list. Both are readings of damaged sources, not losses of the writers.
    /// </summary>
    private static readonly Dictionary<string, string> KnownGaps = new(StringComparer.Ordinal)
    {
    };

    /// <summary>
    /// Documents whose printed page alone (the PDF read as any PDF is, without its embedded form) the PDF reader does
    /// not read back exactly: losses of the page reader (or of the print: a space at a printed line's end is not on
    /// the page), listed so that CI holds what the page reader reads exactly today; strict like <see cref="KnownGaps"/>.
    /// </summary>
    private static readonly Dictionary<string, string> PageLosses = new(StringComparer.Ordinal)
    {
        ["002_554df16629a70716.txt"] = "the first sheet's 项目概况 and goal, two sheets' 财政拨款 and one sheet's unit line are not read back from the page (hidden until the source's reading of a goal '1.' was mended)",
        ["000_e43d35112f15b8de.txt"] = "a space after a comma at a line's end (渠道, | 促进) is not printed, so the goal reads back without it",
        ["001_2becaad232c446da.txt"] = "the 公开表 list (rows breaking across pages under the repeated heading, goals one per line in a wide cell, indicators as an outline) reads as 23 sheets of 10",
        ["003_84163d3bfca5f923.txt"] = "a line that ends short where the next line's start did not fit (…考场750 | 个，30个…) reads as a line break; the third sheet's 联系电话 and its value fall in one column of the page's columns (ColumnLayout, set by the indicator table below) and read as one cell; a space after a comma at a line's end (调查, | 调查人数) is not printed",
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Sources())
        {
            foreach (var format in new[] { "xlsx", "docx", "html", "pdf" })
            {
                data.Add(Path.GetFileName(file), format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Import_ExportedForm_GivesBackTheSameSheets(string file, string format)
    {
        Assert.SkipWhen(format == "pdf" && PrintedForms.Missing is not null, "需要 " + PrintedForms.Missing);
        var original = Read(Sources().Single(p => Path.GetFileName(p) == file));
        var written = format == "pdf" ? printed.Pdf(file) : FormExport.Default.Write(original.Sheets, format);

        var outcome = DocumentImporter.Default.Import(Path.ChangeExtension(file, format), written);

        Assert.Null(outcome.Error);
        var difference = SheetContent.Difference(Expected(original.Sheets), outcome.Document!.Sheets.Select(SheetContent.Of).ToList());
        Assert.Equal(0, outcome.Document.UnplacedCount);
        if (KnownGaps.TryGetValue(file, out var why))
        {
            Assert.True(difference.Length > 0, $"{file}.{format} now round-trips exactly: take it out of {nameof(KnownGaps)} ({why})");
            Assert.DoesNotContain("sheets expected", difference, StringComparison.Ordinal);
            return;
        }

        Assert.True(difference.Length == 0, difference);
    }

    /// <summary>The importer of a PDF's page alone: the PDF reader told not to read the form embedded in it.</summary>
    private static readonly DocumentImporter PageOnly = new([new PdfTextReader(ExternalConverter.Default) { ReadsAttachedForm = false }]);

    public static TheoryData<string> PdfCases() => [.. Sources().Select(Path.GetFileName).OfType<string>()];

    /// <summary>
    /// The printed page alone reads back to the same sheets, but for <see cref="PageLosses"/>: the page reader, which
    /// reads every PDF not made by Jixiao, measured on forms whose content is known.
    /// </summary>
    [Theory]
    [MemberData(nameof(PdfCases))]
    public void Import_PrintedPageAlone_GivesBackTheSameSheets(string file)
    {
        Assert.SkipWhen(PrintedForms.Missing is not null, "需要 " + PrintedForms.Missing);
        var original = Read(Sources().Single(p => Path.GetFileName(p) == file));

        var outcome = PageOnly.Import(Path.ChangeExtension(file, "pdf"), printed.Pdf(file));

        Assert.Null(outcome.Error);
        Assert.DoesNotContain(outcome.Document!.Sheets.SelectMany(s => s.Indicators), i => i.Position.Part?.StartsWith("PDF 内附原表", StringComparison.Ordinal) == true);
        var difference = SheetContent.Difference(Expected(original.Sheets), outcome.Document.Sheets.Select(SheetContent.Of).ToList());
        if (KnownGaps.TryGetValue(file, out var why) || PageLosses.TryGetValue(file, out why))
        {
            Assert.True(difference.Length > 0, $"{file}'s page now reads back exactly: take it out of {(KnownGaps.ContainsKey(file) ? nameof(KnownGaps) : nameof(PageLosses))} ({why})");
            return;
        }

        Assert.Equal(0, outcome.Document.UnplacedCount);
        Assert.True(difference.Length == 0, difference);
    }

    public static TheoryData<FormFamily> OneSheetFamilies => new(Enum.GetValues<FormFamily>().Where(f => f != FormFamily.PublicList));

    /// <summary>Any layout chosen, not only the one a sheet came from, carries every seed's form sheets back (the 公开表 list carries only its own columns).</summary>
    [Theory]
    [MemberData(nameof(OneSheetFamilies))]
    public void Import_SeedsExportedInAChosenFamily_GiveBackTheSameSheets(FormFamily family)
    {
        foreach (var seed in new[] { Seeds.Approval000, Seeds.Declaration003, Seeds.UnitAndProjects004 })
        {
            var original = Read(Seeds.PathOf(seed));
            var outcome = DocumentImporter.Default.Import(seed + ".xlsx", FormExport.Default.Write(original.Sheets, "xlsx", family));

            var expected = original.Sheets.Select(s => SheetContent.Of(s with { Title = FormFamilies.Title(s, family) })).ToList();
            var difference = SheetContent.Difference(expected, outcome.Document!.Sheets.Select(SheetContent.Of).ToList());
            Assert.True(difference.Length == 0, seed + "\n" + difference);
        }
    }

    /// <summary>The sheets as the forms must give them back: with the title the form prints (the family's when the sheet had none).</summary>
    internal static List<List<string>> Expected(IReadOnlyList<TargetSheet> sheets) =>
        sheets.Select(s => SheetContent.Of(s with { Title = FormFamilies.Title(s, FormFamilies.Infer(s)) })).ToList();

    internal static ImportedDocument Read(string path)
    {
        var outcome = DocumentImporter.Default.ImportFile(path);
        Assert.Null(outcome.Error);
        return outcome.Document!;
    }

    internal static IEnumerable<string> Sources() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "raw"), "*.txt"))
            .Order(StringComparer.Ordinal);
}
