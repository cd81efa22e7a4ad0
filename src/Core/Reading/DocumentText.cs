using System.Security.Cryptography;
using System.Text;

namespace Jixiao.Core.Reading;

/// <summary>
/// A document's text in one normal form, so the same document is recognised whatever its encoding: the decoded
/// text of a text file, or the cells of a spreadsheet or Word file (tab between cells, a line per row); NFKC
/// (full-width letters and digits as half-width), line ends unified, spaces at line ends and blank lines at
/// the end dropped.
/// </summary>
public static class DocumentText
{
    /// <summary>SHA-256 (lowercase hex) of the normal form; null when the document holds no text.</summary>
    public static string? Sha256(SourceDocument document)
    {
        var normal = Normalise(document.Text ?? GridText(document));
        return normal.Length == 0 ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
    }

    public static string Normalise(string text)
    {
        var normal = text.Normalize(NormalizationForm.FormKC).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(normal.Length);
        foreach (var line in normal.Split('\n'))
        {
            builder.Append(line.TrimEnd()).Append('\n');
        }

        return builder.ToString().TrimEnd();
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
