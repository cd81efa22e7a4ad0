using System.Text;

namespace Jixiao.Core.Reading;

/// <summary>
/// PDF files: the words <c>pdftotext -tsv</c> finds, laid out as text at their places on the page
/// (<see cref="PdfWordLayout"/>: columns as runs of spaces, a line per printed line) and read by
/// <see cref="TextTableReader"/>; the lines the page shows to go on with the cells above are marked
/// so the layouts join them. Positions are lines of that text (L12); a scanned PDF without text is
/// refused with a message asking for the original.
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

        var words = converter.PdfWords(name, content);
        if (words.Output is not { } tsv)
        {
            return new ReadResult(null, words.Error);
        }

        var layout = PdfWordLayout.Lay(Encoding.UTF8.GetString(tsv));
        if (string.IsNullOrWhiteSpace(layout.Text))
        {
            return ReadResult.Fail(ReadErrorCode.ConvertFailed, name,
                "PDF 中没有可提取的文字（可能是扫描件），请提供原始的 Word 或 Excel 文件", "the PDF has no text to extract (probably scanned); send the Word or Excel original");
        }

        var read = new TextTableReader().Read(name, Encoding.UTF8.GetBytes(layout.Text));
        if (read.Document is not { } document)
        {
            return read;
        }

        var grids = document.Grids.Select(g => g with
        {
            Rows = [.. g.Rows.Select(r => r.Wrapped ? r with { ContinuationKnown = true, Continues = layout.Continued.Contains(r.Position.Row), ContinuesOnNewLine = layout.NewLines.Contains(r.Position.Row) } : r)],
        });
        return ReadResult.Ok(document with { Grids = [.. grids] });
    }
}
