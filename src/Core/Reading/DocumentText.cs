using System.Security.Cryptography;
using System.Text;

namespace Jixiao.Core.Reading;

/// <summary>
/// A document's text in one normal form, so the same document is recognised whatever its encoding: the decoded
/// text of a text file, or the cells of a spreadsheet or Word file (tab between cells, a line per row); NFKC
/// (full-width letters and digits as half-width), line ends unified, spaces at line ends dropped, and the
/// last line's end.
/// </summary>
public static class DocumentText
{
    /// <summary>SHA-256 (lowercase hex) of the normal form; null when the document holds no text.</summary>
    public static string? Sha256(SourceDocument document)
    {
        var normal = Normalise(document.Text ?? GridText(document));
        return string.IsNullOrWhiteSpace(normal) ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
    }

    public static string Normalise(string text)
    {
        var normal = Nfkc(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(normal.Length);
        builder.AppendJoin('\n', normal.Split('\n').Select(line => line.TrimEnd()));

        // The last line's end is optional; blank lines are kept (a copy with a blank line added is another file).
        return builder.Length > 0 && builder[^1] == '\n' ? builder.ToString(0, builder.Length - 1) : builder.ToString();
    }

    /// <summary>NFKC, or the text as it is where it cannot be normalised (a lone surrogate in UTF-16).</summary>
    private static string Nfkc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static string GridText(SourceDocument document)
    {
        var builder = new StringBuilder();
        foreach (var grid in document.Grids)
        {
            builder.Append(grid.Name).Append('\n');
            foreach (var row in grid.Rows)
            {
                builder.AppendJoin('\t', row.Cells.Select(c => c.Text)).Append('\n');
            }
        }

        return builder.ToString();
    }
}
