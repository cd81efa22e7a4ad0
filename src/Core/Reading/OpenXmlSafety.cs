using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Core.Reading;

/// <summary>
/// Opens Office packages (.xlsx, .docx) so that damaged input becomes a <see cref="ReadResult"/> error
/// instead of an exception, and so that one oversized part cannot exhaust memory.
/// </summary>
internal static class OpenXmlSafety
{
    /// <summary>Largest XML part the SDK loads (characters); <see cref="XmlPartScan"/> refuses larger parts first.</summary>
    private const long MaxCharactersInPart = ReadLimits.MaxPartBytes;

    internal static readonly PackageKind Workbook = new(
        "文件已损坏或不是有效的 Excel 工作簿（.xlsx）", "the file is damaged or not a valid .xlsx workbook");

    internal static readonly PackageKind WordDocument = new(
        "文件已损坏或不是有效的 Word 文档（.docx）", "the file is damaged or not a valid .docx document");

    /// <summary>
    /// Checks the package's XML against <see cref="ReadLimits"/>, opens it and runs <paramref name="read"/>
    /// over it. A package, zip or XML failure becomes <see cref="ReadErrorCode.CorruptPackage"/>; no bytes
    /// at all <see cref="ReadErrorCode.Empty"/>; nesting or size over the limits TooDeep or TooBig.
    /// </summary>
    internal static ReadResult Read<TPackage>(
        string name, byte[] content, PackageKind kind, Func<Stream, OpenSettings, TPackage> open, Func<TPackage, ReadResult> read)
        where TPackage : OpenXmlPackage
    {
        if (content.Length == 0)
        {
            return ReadResult.Fail(ReadErrorCode.Empty, name, "文件为空", "the file is empty");
        }

        try
        {
            if (XmlPartScan.Check(name, content) is { } refusal)
            {
                return refusal;
            }
        }
        catch (Exception e) when (IsDamage(e) || e is NotSupportedException) // e.g. an unknown compression method
        {
            return Corrupt(name, kind);
        }

        using var stream = new MemoryStream(content, writable: false);
        TPackage package;
        try
        {
            package = open(stream, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        }
        catch (Exception e) when (IsDamage(e) || e is ArgumentException or InvalidOperationException)
        {
            // Only System.IO.Packaging runs here; it reports a bad [Content_Types].xml, part name or
            // relationship target with ArgumentException or InvalidOperationException.
            return Corrupt(name, kind);
        }

        try
        {
            // SDK 3 loads the relationship graph lazily; walk it now so a relationship to a missing part
            // fails here, as packaging damage, and not later inside the reader.
            _ = package.GetAllParts().Count();
        }
        catch (Exception e) when (IsDamage(e) || e is ArgumentException or InvalidOperationException)
        {
            package.Dispose();
            return Corrupt(name, kind);
        }

        using (package)
        {
            try
            {
                return read(package);
            }
            catch (Exception e) when (IsDamage(e))
            {
                return Corrupt(name, kind);
            }
        }
    }

    /// <summary>
    /// An integer attribute, or null when absent or malformed. (A typed attribute's Value throws
    /// FormatException on text such as r="1e3"; the SDK parses attributes only when asked.)
    /// </summary>
    internal static long? Integer(OpenXmlSimpleType? attribute) =>
        long.TryParse(attribute?.InnerText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>What System.IO.Packaging, the zip layer and the XML parser throw for damaged packages.</summary>
    private static bool IsDamage(Exception e) =>
        e is OpenXmlPackageException   // not a workbook/document, missing main part, bad relationships
            or InvalidDataException    // broken zip: no central directory, bad CRC, bad deflate stream
            or FileFormatException     // System.IO.Packaging: bad [Content_Types].xml or part names
            or IOException             // truncated entries
            or XmlException;           // malformed XML, DTDs, parts over MaxCharactersInPart

    internal static ReadResult Corrupt(string name, PackageKind kind) =>
        ReadResult.Fail(ReadErrorCode.CorruptPackage, name, kind.MessageZh, kind.MessageEn);
}

/// <summary>The kind of package a reader expects, named in its corrupt-file message.</summary>
internal sealed record PackageKind(string MessageZh, string MessageEn);
