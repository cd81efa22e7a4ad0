using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Reading;

/// <summary>
/// The converter without its programs, with a program that hangs (a stand-in script on the search path),
/// and the recognition of files by their first bytes.
/// </summary>
/// <remarks>
/// In the LibreOffice collection: LibreOffice runs one conversion at a time in the process, and
/// waiting for a round trip's conversion counts against a conversion's time limit.
/// </remarks>
[Collection(LibreOfficeCollection.Name)]
public sealed class ExternalConverterTests
{
    private static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

    public static TheoryData<string, byte[], string, string> NeedsProgram => new()
    {
        { "表.xls", Ole2, "READ-NEEDS-LIBREOFFICE", "libreoffice-calc-nogui" },
        { "表.doc", Ole2, "READ-NEEDS-LIBREOFFICE", "libreoffice-writer-nogui" },
        { "表.odt", Zip("application/vnd.oasis.opendocument.text"), "READ-NEEDS-LIBREOFFICE", "soffice" },
        { "表.rtf", Encoding.ASCII.GetBytes(@"{\rtf1\ansi x}"), "READ-NEEDS-LIBREOFFICE", "soffice" },
        { "表.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n"), "READ-NEEDS-PDFTOTEXT", "poppler-utils" },
    };

    [Theory]
    [MemberData(nameof(NeedsProgram))]
    public void Import_ProgramNotOnPath_ErrorNamesTheProgramAndItsPackage(string name, byte[] content, string code, string named)
    {
        var empty = Directory.CreateTempSubdirectory("jixiao-empty-path-");
        try
        {
            var importer = Importer(new ExternalConverter(TimeSpan.FromSeconds(10), empty.FullName));

            var outcome = importer.Import(name, content);

            Assert.Null(outcome.Document);
            Assert.Equal(code, outcome.Error!.CodeText);
            Assert.Contains(named, outcome.Error.MessageZh, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    /// <summary>A LibreOffice that never finishes is stopped with everything it started, and its folder is gone.</summary>
    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void ToOpenXml_ProgramHangs_TimeoutErrorProcessTreeKilledFolderDeleted()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/bin/sh") && File.Exists("/bin/sleep"), "needs Linux, /bin/sh and /bin/sleep");
        var bin = Directory.CreateTempSubdirectory("jixiao-fake-office-");
        try
        {
            // soffice as a shell that starts a child which hangs, and notes the child's pid and its arguments.
            var script = Path.Combine(bin.FullName, "soffice");
            File.WriteAllText(script, $"#!/bin/sh\necho \"$@\" > {bin.FullName}/args\n/bin/sleep 60 &\necho $! > {bin.FullName}/child\nwait\n");
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var converter = new ExternalConverter(TimeSpan.FromSeconds(2), bin.FullName);
            var watch = Stopwatch.StartNew();

            var result = converter.ToOpenXml([("表.xls", Ole2, ".xls")], "xlsx").Single();

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "the hung conversion was not stopped in time");
            Assert.Equal("READ-CONVERT-TIMEOUT", result.Error!.CodeText);
            Assert.Contains("超时", result.Error.MessageZh, StringComparison.Ordinal);
            var child = int.Parse(File.ReadAllText(Path.Combine(bin.FullName, "child")).Trim(), CultureInfo.InvariantCulture);
            Assert.True(SpinWait.SpinUntil(() => !Directory.Exists($"/proc/{child}") || File.ReadAllText($"/proc/{child}/stat").Contains(" Z ", StringComparison.Ordinal), 5000), "the child process still runs");
            var arguments = File.ReadAllText(Path.Combine(bin.FullName, "args"));
            Assert.Contains("--headless", arguments, StringComparison.Ordinal);
            Assert.Contains("-env:UserInstallation=file://", arguments, StringComparison.Ordinal);
            var input = arguments.Split(' ').Last().Trim();
            Assert.EndsWith("f0.xls", input, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.GetDirectoryName(input)), "the temporary folder was left behind");
        }
        finally
        {
            bin.Delete(recursive: true);
        }
    }

    public static TheoryData<byte[], FileKind> Signatures => new()
    {
        { Ole2, FileKind.Ole2 },
        { Encoding.ASCII.GetBytes("%PDF-1.7\n%"), FileKind.Pdf },
        { Encoding.ASCII.GetBytes(@"{\rtf1\ansi"), FileKind.Rtf },
        { Zip("application/vnd.oasis.opendocument.text"), FileKind.OpenDocumentText },
        { Zip("application/vnd.oasis.opendocument.spreadsheet"), FileKind.OpenDocumentSpreadsheet },
        { OpenXmlFixtures.Workbook(("表", [["a"]], [])), FileKind.Zip },
        { Encoding.UTF8.GetBytes("一级指标\t二级指标"), FileKind.Unknown },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void FileSignature_FirstBytes_Kind(byte[] head, FileKind kind) => Assert.Equal(kind, FileSignature.Of(head));

    /// <summary>An OpenDocument file without its extension goes to the converting reader, not the .xlsx reader that takes any zip.</summary>
    [Fact]
    public void ConvertingReaders_OpenDocumentWithoutExtension_ClaimedByContent()
    {
        var head = Zip("application/vnd.oasis.opendocument.spreadsheet");

        Assert.True(ConvertedOfficeReader.Spreadsheets(ExternalConverter.Default).CanRead("附件1", head));
        Assert.False(ConvertedOfficeReader.Documents(ExternalConverter.Default).CanRead("附件1", head));
        Assert.True(new XlsxReader().CanRead("附件1", head)); // which is why the converting readers are asked first
    }

    private static DocumentImporter Importer(ExternalConverter converter) => new(
        [ConvertedOfficeReader.Spreadsheets(converter), ConvertedOfficeReader.Documents(converter), new PdfTextReader(converter), new XlsxReader(), new DocxReader(), new TextTableReader()]);

    /// <summary>The first local header of an OpenDocument package: an uncompressed entry "mimetype" holding the type.</summary>
    private static byte[] Zip(string mimetype)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("mimetype", System.IO.Compression.CompressionLevel.NoCompression).Open();
            entry.Write(Encoding.ASCII.GetBytes(mimetype));
        }

        return stream.ToArray();
    }
}
