namespace Jixiao.Core.Reading;

/// <summary>
/// The office formats people send besides .xlsx and .docx — Excel 97 (.xls), Word 97 (.doc), Kingsoft
/// WPS (.et, .wps), OpenDocument (.ods, .odt) and RTF — converted by LibreOffice into .xlsx or .docx and
/// read by <see cref="XlsxReader"/> or <see cref="DocxReader"/>, so every cell keeps a position the
/// user can find (sheet and cell, or table, row and column) in the file they sent.
/// </summary>
public sealed class ConvertedOfficeReader : IDocumentReader
{
    private readonly ExternalConverter converter;
    private readonly string[] extensions;
    private readonly FileKind[] kinds;
    private readonly string target;
    private readonly IDocumentReader inner;

    private ConvertedOfficeReader(ExternalConverter converter, string[] extensions, FileKind[] kinds, string target, IDocumentReader inner)
    {
        this.converter = converter;
        this.extensions = extensions;
        this.kinds = kinds;
        this.target = target;
        this.inner = inner;
    }

    /// <summary>.xls, .et and .ods (or content that is an OpenDocument spreadsheet), read as .xlsx.</summary>
    public static ConvertedOfficeReader Spreadsheets(ExternalConverter converter) =>
        new(converter, [".xls", ".et", ".ods"], [FileKind.OpenDocumentSpreadsheet], "xlsx", new XlsxReader());

    /// <summary>.doc, .wps, .odt and .rtf (or content that is an OpenDocument text or RTF), read as .docx.</summary>
    public static ConvertedOfficeReader Documents(ExternalConverter converter) =>
        new(converter, [".doc", ".wps", ".odt", ".rtf"], [FileKind.OpenDocumentText, FileKind.Rtf], "docx", new DocxReader());

    public bool CanRead(string name, ReadOnlySpan<byte> head) =>
        extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase) || kinds.Contains(FileSignature.Of(head));

    public ReadResult Read(string name, byte[] content) => ReadAll([(name, content)])[0];

    /// <summary>Reads many files with one LibreOffice run for all that need converting; a result per file, in order.</summary>
    public IReadOnlyList<ReadResult> ReadAll(IReadOnlyList<(string Name, byte[] Content)> files)
    {
        var results = new ReadResult?[files.Count];
        var pending = new List<int>();
        for (var i = 0; i < files.Count; i++)
        {
            var (name, content) = files[i];
            var kind = FileSignature.Of(content.AsSpan(0, Math.Min(content.Length, 512)));
            if (content.Length == 0)
            {
                results[i] = ReadResult.Fail(ReadErrorCode.Empty, name, "文件为空", "the file is empty");
            }
            else if (kind == FileKind.Zip)
            {
                results[i] = inner.Read(name, content); // an .xlsx or .docx under an old name needs no conversion
            }
            else
            {
                pending.Add(i);
            }
        }

        var converted = converter.ToOpenXml(
            pending.Select(i => (files[i].Name, files[i].Content, InputExtension(files[i].Name, FileSignature.Of(files[i].Content.AsSpan(0, Math.Min(files[i].Content.Length, 512)))))).ToList(),
            target);
        for (var k = 0; k < pending.Count; k++)
        {
            var name = files[pending[k]].Name;
            results[pending[k]] = converted[k].Output is { } bytes ? inner.Read(name, bytes) : new ReadResult(null, converted[k].Error);
        }

        return results.Select(r => r!).ToList();
    }

    /// <summary>
    /// The name LibreOffice gets the file under: what the content is where the bytes tell (Kingsoft's .et and
    /// .wps are Excel 97 and Word 97 files inside; LibreOffice would take a .wps for Microsoft Works), else
    /// the extension the user gave, which covers HTML or XML saved under an office name.
    /// </summary>
    private string InputExtension(string name, FileKind kind) => kind switch
    {
        FileKind.Ole2 => target == "xlsx" ? ".xls" : ".doc",
        FileKind.OpenDocumentSpreadsheet => ".ods",
        FileKind.OpenDocumentText => ".odt",
        FileKind.Rtf => ".rtf",
        _ => SafeExtension(name),
    };

    private static string SafeExtension(string name)
    {
        var extension = Path.GetExtension(name);
        return extension.Length is > 1 and <= 6 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension.ToLowerInvariant() : ".bin";
    }
}
