using System.Security.Cryptography;
using System.Text;

namespace Jixiao.Core.Reading;

/// <summary>
/// A document's text in one normal form, so the same document is recognised whatever its encoding: the decoded
/// text of a text file, or the cells of a spreadsheet or Word file (tab between cells, a line per row); NFKC
/// (full-width letters and digits as half-width), line ends unified, spaces at line ends dropped, and the
/// last line's end. Hashed line by line: a large file is not copied whole again.
/// </summary>
public static class DocumentText
{
    /// <summary>SHA-256 (lowercase hex) of the normal form; null when the document holds no text.</summary>
    public static string? Sha256(SourceDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1024];
        var first = true;
        var text = false;
        foreach (var line in NormalLines(document.Text is { } decoded ? LinesOf(decoded) : GridLines(document)))
        {
            if (!first)
            {
                hash.AppendData("\n"u8);
            }

            first = false;
            text |= !string.IsNullOrWhiteSpace(line);
            var length = Encoding.UTF8.GetMaxByteCount(line.Length);
            if (length > buffer.Length)
            {
                buffer = new byte[length];
            }

            hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(line, buffer));
        }

        return text ? Convert.ToHexStringLower(hash.GetHashAndReset()) : null;
    }

    /// <summary>The normal form of a text, as <see cref="Sha256"/> hashes it.</summary>
    public static string Normalise(string text) => string.Join('\n', NormalLines(LinesOf(text)));

    /// <summary>Each line in NFKC without spaces at its end; an empty last line (after the last line end) dropped.</summary>
    private static IEnumerable<string> NormalLines(IEnumerable<string> lines)
    {
        string? held = null;
        foreach (var line in lines)
        {
            if (held is not null)
            {
                yield return held;
            }

            held = Nfkc(line).TrimEnd();
        }

        // The last line's end is optional; blank lines are kept (a copy with a blank line added is another file).
        if (held is { Length: > 0 })
        {
            yield return held;
        }
    }

    /// <summary>The lines of a text, apart at \r\n, \r or \n.</summary>
    private static IEnumerable<string> LinesOf(string text)
    {
        var start = 0;
        while (true)
        {
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (end < 0)
            {
                yield return text[start..];
                yield break;
            }

            yield return text.Substring(start, end);
            start += end + (text[start + end] == '\r' && start + end + 1 < text.Length && text[start + end + 1] == '\n' ? 2 : 1);
        }
    }

    /// <summary>A line per grid name and per row, cells apart by tabs, and an empty last line.</summary>
    private static IEnumerable<string> GridLines(SourceDocument document)
    {
        foreach (var grid in document.Grids)
        {
            yield return grid.Name ?? "";
            foreach (var row in grid.Rows)
            {
                yield return string.Join('\t', row.Cells.Select(c => c.Text));
            }
        }

        yield return "";
    }

    /// <summary>NFKC, or the text as it is where it cannot be normalised (a lone surrogate).</summary>
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
}
