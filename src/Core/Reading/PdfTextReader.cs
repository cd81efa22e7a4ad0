namespace Jixiao.Core.Reading;

/// <summary>
/// PDF files: their text laid out by <c>pdftotext -layout</c> (columns as runs of spaces, a line per
/// printed line) and read by <see cref="TextTableReader"/>. Positions are lines of that text (L12);
/// a scanned PDF without text is refused with a message asking for the original.
/// </summary>
public sealed class PdfTextReader(ExternalConverter converter) : IDocumentReader
{
    public bool CanRead(string name, ReadOnlySpan<byte> head) =>
        name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || FileSignature.Of(head) == FileKind.Pdf;

    public ReadResult Read(string name, byte[] content)
    {
        if (content.Length == 0)
        {
            return ReadResult.Fail(ReadErrorCode.Empty, name, "文件为空", "the file is empty");
        }

        var text = converter.PdfLayoutText(name, content);
        return text.Output is { } bytes ? new TextTableReader().Read(name, bytes) : new ReadResult(null, text.Error);
    }
}
