using System.Text;

namespace Jixiao.Core.Reading;

/// <summary>What a file's first bytes say it is, whatever its name says.</summary>
public enum FileKind
{
    Unknown,

    /// <summary>An OLE2 compound file (D0 CF 11 E0): .xls, .doc, Kingsoft .et and .wps.</summary>
    Ole2,

    /// <summary>A zip whose first entry is an OpenDocument mimetype of a text document (.odt).</summary>
    OpenDocumentText,

    /// <summary>A zip whose first entry is an OpenDocument mimetype of a spreadsheet (.ods).</summary>
    OpenDocumentSpreadsheet,

    /// <summary>Any other zip: an Office Open XML package (.xlsx, .docx) or something else.</summary>
    Zip,

    Pdf,

    Rtf,
}

/// <summary>Recognises files by their magic bytes, so a renamed or extension-less file still finds its reader.</summary>
public static class FileSignature
{
    private const int ZipNameLengthAt = 26;
    private const int ZipExtraLengthAt = 28;
    private const int ZipNameAt = 30;

    private static ReadOnlySpan<byte> Ole2Magic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static FileKind Of(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Ole2Magic))
        {
            return FileKind.Ole2;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }

        if (head.StartsWith(@"{\rtf"u8))
        {
            return FileKind.Rtf;
        }

        return head.StartsWith("PK\x03\x04"u8) ? ZipKind(head) : FileKind.Unknown;
    }

    /// <summary>
    /// OpenDocument packages store an uncompressed entry named "mimetype" first, so its text sits in the
    /// first local file header: application/vnd.oasis.opendocument.text or …spreadsheet.
    /// </summary>
    private static FileKind ZipKind(ReadOnlySpan<byte> head)
    {
        if (head.Length < ZipNameAt)
        {
            return FileKind.Zip;
        }

        var nameLength = head[ZipNameLengthAt] | (head[ZipNameLengthAt + 1] << 8);
        var extraLength = head[ZipExtraLengthAt] | (head[ZipExtraLengthAt + 1] << 8);
        var dataAt = ZipNameAt + nameLength + extraLength;
        if (nameLength != "mimetype".Length || head.Length <= dataAt || !head.Slice(ZipNameAt, nameLength).SequenceEqual("mimetype"u8))
        {
            return FileKind.Zip;
        }

        var mime = Encoding.ASCII.GetString(head[dataAt..Math.Min(head.Length, dataAt + 64)]);
        return mime.StartsWith("application/vnd.oasis.opendocument.spreadsheet", StringComparison.Ordinal) ? FileKind.OpenDocumentSpreadsheet
            : mime.StartsWith("application/vnd.oasis.opendocument.text", StringComparison.Ordinal) ? FileKind.OpenDocumentText
            : FileKind.Zip;
    }
}
