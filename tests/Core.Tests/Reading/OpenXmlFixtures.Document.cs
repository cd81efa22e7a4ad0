using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Core.Reading;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Core.Tests.Reading;

public static partial class OpenXmlFixtures
{
    /// <summary>A Word document whose body holds the blocks in order: a string is a paragraph ("\n" a line break), a <see cref="DocxTable"/> a table.</summary>
    public static byte[] Document(params DocxBlock[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body(blocks.Select(block => block switch
            {
                DocxTable table => (OpenXmlElement)Table(table),
                DocxParagraph paragraph => Paragraph(paragraph.Text),
                _ => throw new ArgumentException("unknown block", nameof(blocks)),
            }));
            document.AddMainDocumentPart().Document = new W.Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>Rewrites a document in place, for tests that need markup the builder does not offer.</summary>
    public static byte[] EditDocument(byte[] docx, Action<W.Body> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            edit(document.MainDocumentPart!.Document.Body!);
            document.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>One paragraph; line feeds in the text become line breaks.</summary>
    public static W.Paragraph Paragraph(string text) => new(text.Split('\n').SelectMany((line, i) => i == 0
        ? new OpenXmlElement[] { Run(line) }
        : [new W.Run(new W.Break()), Run(line)]));

    private static W.Run Run(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A bordered table; merged ranges become gridSpan (across) and vMerge restart/continue (down).</summary>
    public static W.Table Table(DocxTable spec)
    {
        var merges = spec.Merges.Select(Merge).ToList();
        var width = spec.Rows.Select(r => r.Length).Concat(merges.Select(m => m.Right + 1)).DefaultIfEmpty(0).Max();
        var height = spec.Rows.Length;
        var border = new W.TableBorders(
            new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 },
            new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
            new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 });
        var table = new W.Table(
            new W.TableProperties(new W.TableWidth { Type = W.TableWidthUnitValues.Auto, Width = "0" }, border),
            new W.TableGrid(Enumerable.Range(0, width).Select(_ => new W.GridColumn { Width = "1800" })));
        for (var r = 0; r < height; r++)
        {
            var row = new W.TableRow();
            for (var c = 0; c < width; c++)
            {
                var text = c < spec.Rows[r].Length ? spec.Rows[r][c] : null;
                var properties = new W.TableCellProperties();
                if (merges.FirstOrDefault(m => r >= m.Top && r <= m.Bottom && c >= m.Left && c <= m.Right) is { } merge)
                {
                    if (merge.Right > merge.Left)
                    {
                        properties.Append(new W.GridSpan { Val = merge.Right - merge.Left + 1 });
                    }

                    if (merge.Bottom > merge.Top)
                    {
                        // Word writes a bare <w:vMerge/> for the cells below the first.
                        properties.Append(r == merge.Top ? new W.VerticalMerge { Val = W.MergedCellValues.Restart } : new W.VerticalMerge());
                    }

                    text = r == merge.Top ? text : null;
                    c = merge.Right;
                }

                var paragraphs = (text ?? "").Split('\n').Select(Paragraph);
                row.Append(properties.HasChildren ? new W.TableCell([properties, .. paragraphs]) : new W.TableCell(paragraphs));
            }

            table.Append(row);
        }

        return table;
    }

    /// <summary>"B1:D2" → zero-based corners.</summary>
    private static MergeRange Merge(string range) => XlsxReader.TryParseRange(range, out var top, out var left, out var bottom, out var right)
        ? new MergeRange(top - 1, left - 1, bottom - 1, right - 1)
        : throw new ArgumentException($"bad merge range {range}", nameof(range));

    private sealed record MergeRange(int Top, int Left, int Bottom, int Right);
}

/// <summary>A block of a Word body: a paragraph (any string converts to one) or a table.</summary>
public abstract record DocxBlock
{
    public static implicit operator DocxBlock(string text) => new DocxParagraph(text);
}

public sealed record DocxParagraph(string Text) : DocxBlock;

/// <summary>A table: rows of cells (null = empty or covered by a merge) and merged ranges such as "A1:B1" (across) or "A2:A3" (down).</summary>
public sealed record DocxTable(string?[][] Rows, params string[] Merges) : DocxBlock;
