using FsCheck;
using FsCheck.Fluent;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Reading;
using Jixiao.Core.Tests.Reading;

namespace Jixiao.Core.Tests.Export.Forms;

/// <summary>Generated sheets written in any family and format read back to themselves (decision 002: FsCheck from plain facts).</summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class FormPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(150);

    [Theory]
    [InlineData("xlsx")]
    [InlineData("docx")]
    [InlineData("html")]
    public void Import_ExportedGeneratedSheet_GivesBackTheSameSheet(string format)
    {
        Check.One(Config, Prop.ForAll(GeneratedSheets.Arbitrary(), generated =>
        {
            var (sheet, family) = generated;
            var written = FormExport.Default.Write([sheet], format, family);

            var outcome = DocumentImporter.Default.Import("generated." + format, written);

            Assert.Null(outcome.Error);
            var expected = SheetContent.Of(sheet with { Title = FormFamilies.Title(sheet, family) });
            var difference = SheetContent.Difference([expected], [.. outcome.Document!.Sheets.Select(SheetContent.Of)]);
            Assert.True(difference.Length == 0, family + "\n" + difference);
        }));
    }

    /// <summary>
    /// The same property for PDF, on a fixed sample of generated sheets printed in one LibreOffice run (printing
    /// each on its own would take a second a sheet): each PDF reads back to its sheet.
    /// </summary>
    [Fact]
    public void Import_PrintedGeneratedSheets_GiveBackTheSameSheets()
    {
        Assert.SkipWhen(PrintedForms.Missing is not null, "需要 " + PrintedForms.Missing);
        var samples = GeneratedSheets.Arbitrary().Generator.Sample(40, 40);
        var writer = (PdfFormWriter)FormExport.Default.Writer("pdf")!;

        var printed = writer.WriteMany([.. samples.Select(s => FormExport.Layout([s.Item1], s.Item2))]);

        for (var i = 0; i < samples.Length; i++)
        {
            var (sheet, family) = samples[i];
            var outcome = DocumentImporter.Default.Import("generated.pdf", printed[i]);
            Assert.Null(outcome.Error);
            var expected = SheetContent.Of(sheet with { Title = FormFamilies.Title(sheet, family) });
            var difference = SheetContent.Difference([expected], [.. outcome.Document!.Sheets.Select(SheetContent.Of)]);
            Assert.True(difference.Length == 0, family + "\n" + difference);
        }
    }
}
