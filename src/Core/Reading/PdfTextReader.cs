using System.Text;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Reading;

/// <summary>
/// PDF files: the words <c>pdftotext -tsv</c> finds, laid out as text at their places on the page
/// (<see cref="PdfWordLayout"/>: columns as runs of spaces, a line per printed line) and read by
/// <see cref="TextTableReader"/>; the lines the page shows to go on with the cells above are marked
/// so the layouts join them. Positions are lines of that text (L12); a scanned PDF without text is
/// refused with a message asking for the original. A PDF Jixiao printed carries the form's spreadsheet
/// (<see cref="AttachedFormName"/>, docs/decisions/021): when its text agrees with the page, the sheets are read
/// from it — the page cannot show everything (a space left hanging at the end of a printed line) — and the
/// positions name the attachment's cells.
/// </summary>
public sealed class PdfTextReader(ExternalConverter converter) : IDocumentReader
{
    /// <summary>The name of the form's spreadsheet embedded in a PDF Jixiao prints.</summary>
    public const string AttachedFormName = "jixiao-form.xlsx";

    /// <summary>The attachment's name as a PDF writes it (a plain string): only a PDF holding these bytes is asked for it.</summary>
    private static readonly byte[] AttachedFormMarker = Encoding.ASCII.GetBytes(AttachedFormName);

    /// <summary>Whether a form embedded by Jixiao is read (off: the page alone, as any other PDF).</summary>
    public bool ReadsAttachedForm { get; init; } = true;

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

        // The page's text is what the embedded form is checked against; the page's table is not needed then.
        if (ReadsAttachedForm && content.AsSpan().IndexOf(AttachedFormMarker) >= 0 && AttachedForm(name, content, layout.Text) is { } attached)
        {
            return ReadResult.Ok(attached);
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

    /// <summary>
    /// The embedded form's grids, when every character they hold is on the page (as often as they hold it;
    /// spaces aside): a spreadsheet that says anything the printed page does not is not the page's, and is left.
    /// </summary>
    private SourceDocument? AttachedForm(string name, byte[] content, string page)
    {
        if (converter.PdfAttachment(content, AttachedFormName) is not { } spreadsheet
            || new XlsxReader().Read(AttachedFormName, spreadsheet).Document is not { } form
            || !OnThePage(form, page))
        {
            return null;
        }

        const string note = "按 PDF 内附的 Excel 原表（" + AttachedFormName + "）读取：其文字与页面一致";
        static SourcePosition Attached(SourcePosition p) => p with { Part = "PDF 内附原表 " + p.Part };
        return form with
        {
            Name = name,
            Grids =
            [
                .. form.Grids.Select(g => g with
                {
                    Name = "PDF 内附原表 " + g.Name,
                    Shapes = [note, .. g.Shapes],
                    Rows = [.. g.Rows.Select(r => r with { Position = Attached(r.Position), Cells = [.. r.Cells.Select(c => c with { Position = Attached(c.Position) })] })],
                }),
            ],
        };
    }

    private static bool OnThePage(SourceDocument form, string page)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in page)
        {
            if (!char.IsWhiteSpace(c))
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }

        var any = false;
        foreach (var grid in form.Grids)
        {
            foreach (var row in grid.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    foreach (var c in cell.Text)
                    {
                        if (char.IsWhiteSpace(c))
                        {
                            continue;
                        }

                        if (counts.GetValueOrDefault(c) == 0)
                        {
                            return false;
                        }

                        counts[c]--;
                        any = true;
                    }
                }
            }
        }

        return any;
    }
}
