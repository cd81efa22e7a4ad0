using Jixiao.Core.Export.Forms;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Export.Forms;

/// <summary>
/// import(export(sheet)) = sheet: every sheet Jixiao reads from the seeds and the corpus, written as its form in
/// .xlsx, .docx and .html, reads back to the same content (<see cref="SheetContent"/>), sheet by sheet.
/// </summary>
public sealed class FormRoundTripTests
{
    /// <summary>
    /// Sources whose reading the form cannot carry back exactly, and why; strict — a file that starts to round-trip
    /// exactly must leave the list. Both are readings of damaged sources, not losses of the writers.
    /// </summary>
    private static readonly Dictionary<string, string> KnownGaps = new(StringComparer.Ordinal)
    {
        ["002_554df16629a70716.txt"] = "a goal read as the bare numbering '1.' (a cut-off item): a goal row of '1.' reads back as numbering, not a goal",
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Sources())
        {
            foreach (var format in new[] { "xlsx", "docx", "html" })
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
        var original = Read(Sources().Single(p => Path.GetFileName(p) == file));
        var written = FormExport.Default.Write(original.Sheets, format);

        var outcome = DocumentImporter.Default.Import(Path.ChangeExtension(file, format), written);

        Assert.Null(outcome.Error);
        var difference = SheetContent.Difference(Expected(original.Sheets), outcome.Document!.Sheets.Select(SheetContent.Of).ToList());
        Assert.Equal(0, outcome.Document.UnplacedCount);
        if (KnownGaps.TryGetValue(file, out var why))
        {
            Assert.True(difference.Length > 0, $"{file} now round-trips exactly: take it out of {nameof(KnownGaps)} ({why})");
            Assert.DoesNotContain("sheets expected", difference, StringComparison.Ordinal);
            return;
        }

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
