using System.Diagnostics;
using System.Text;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Reading;
using Jixiao.Core.Tests.Reading;

namespace Jixiao.Core.Tests.Export.Forms;

/// <summary>
/// The form's spreadsheet embedded in its PDF (docs/decisions/021): a PDF viewer sees the attachment, the page
/// is untouched, and the reader takes the attachment only when the page agrees with it.
/// </summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class PdfFormAttachmentTests
{
    private static readonly PdfFormWriter PagesOnly = new(new OdfFormWriter());

    [Fact]
    public void Attach_PrintedForm_ListedAsAttachmentAndThePageUnchanged()
    {
        Assert.SkipWhen(PrintedForms.Missing is not null, "需要 " + PrintedForms.Missing);
        var forms = FormExport.Layout(Seeds.Read(Seeds.Declaration003).Sheets);
        var printed = PagesOnly.WriteMany([forms])[0];

        var attached = ((PdfFormWriter)FormExport.Default.Writer("pdf")!).WithAttachment(printed, forms);

        Assert.True(attached.Length > printed.Length);
        Assert.Contains(": " + PdfFormAttachment.FileName, Poppler("pdfdetach", attached, "-list"), StringComparison.Ordinal);
        Assert.Equal(Poppler("pdftotext", printed, "-layout"), Poppler("pdftotext", attached, "-layout"));
    }

    [Fact]
    public void Read_PdfWithItsForm_ReadsTheAttachmentAndSaysSo()
    {
        Assert.SkipWhen(PrintedForms.Missing is not null, "需要 " + PrintedForms.Missing);
        var sheets = Seeds.Read(Seeds.Approval000).Sheets;

        var outcome = DocumentImporter.Default.Import("000.pdf", FormExport.Default.Write(sheets, "pdf"));

        Assert.Null(outcome.Error);
        Assert.All(outcome.Document!.Sheets.SelectMany(s => s.Indicators), i => Assert.StartsWith("PDF 内附原表", i.Position.Part, StringComparison.Ordinal));
        Assert.Equal("", SheetContent.Difference(FormRoundTripTests.Expected(sheets), [.. outcome.Document.Sheets.Select(SheetContent.Of)]));
    }

    [Fact]
    public void Read_AttachmentThatIsNotThePages_ReadsThePage()
    {
        Assert.SkipWhen(PrintedForms.Missing is not null, "需要 " + PrintedForms.Missing);
        var page = FormExport.Layout(Seeds.Read(Seeds.Approval000).Sheets);
        var other = FormExport.Layout(Seeds.Read(Seeds.Declaration003).Sheets);
        var printed = PagesOnly.WriteMany([page])[0];
        using var spreadsheet = new MemoryStream();
        new XlsxFormWriter().Write(spreadsheet, other);

        var outcome = DocumentImporter.Default.Import("mixed.pdf", PdfFormAttachment.Attach(printed, spreadsheet.ToArray()));
        var pageAlone = DocumentImporter.Default.Import("page.pdf", printed);

        Assert.Null(outcome.Error);
        Assert.DoesNotContain(outcome.Document!.Sheets.SelectMany(s => s.Indicators), i => i.Position.Part?.StartsWith("PDF 内附原表", StringComparison.Ordinal) == true);
        Assert.Equal(pageAlone.Document!.Sheets.Select(SheetContent.Of), outcome.Document.Sheets.Select(SheetContent.Of));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a pdf at all")]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")]
    public void Attach_NotAPdfItCanOpen_GivesItBackUnchanged(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text);

        Assert.Equal(bytes, PdfFormAttachment.Attach(bytes, [1, 2, 3]));
    }

    private static string Poppler(string program, byte[] pdf, string option)
    {
        var file = Path.Combine(Path.GetTempPath(), "jixiao-attach-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(option);
            start.ArgumentList.Add(file);
            if (program == "pdftotext")
            {
                start.ArgumentList.Add("-");
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
