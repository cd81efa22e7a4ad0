using FsCheck;
using FsCheck.Fluent;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Export.Forms;

/// <summary>Generated sheets written in any family and format read back to themselves (decision 002: FsCheck from plain facts).</summary>
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
}
