using System.Globalization;
using System.Text;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Reading;

/// <summary>A file's text as decoded, with a warning for each place where bytes that were not valid text were replaced.</summary>
public sealed record DecodedText(string Text, string EncodingName, IReadOnlyList<DocumentWarning> Warnings);

/// <summary>
/// Decodes text files as Chinese government files come: UTF-8 (with or without BOM), UTF-16 with
/// BOM, or GB18030 (GBK, GB2312). A few invalid bytes (at most 1% of the bytes) are replaced by U+FFFD and named
/// in warnings; binary content (NUL bytes, many control bytes, more bad bytes) is recognised, not decoded into garbage.
/// </summary>
public static class TextDecoding
{
    /// <summary>The most bad bytes a text file may hold, per byte: more and it is taken for binary (or damaged beyond reading).</summary>
    public const double MaxBadShare = 0.01;

    /// <summary>The places named one by one; past these, one warning counts the rest.</summary>
    public const int MaxWarnings = 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly UTF8Encoding ReplacingUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    private static Encoding ReplacingGb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));

    /// <summary>The text, or null when the bytes are not text.</summary>
    public static string? Decode(byte[] bytes, out string encodingName)
    {
        var decoded = Decode(bytes);
        encodingName = decoded?.EncodingName ?? "binary";
        return decoded?.Text;
    }

    /// <summary>The text with the places where bad bytes were replaced, or null when the bytes are not text.</summary>
    public static DecodedText? Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Tolerant(ReplacingUtf8.GetString(bytes, 3, bytes.Length - 3), "UTF-8", Utf8Scan.Of(bytes.AsSpan(3)).Bad, bytes.Length);
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Plausible(utf16.GetString(bytes, 2, bytes.Length - 2)) is { } text ? new DecodedText(text, "UTF-16", []) : null;
        }

        if (LooksBinary(bytes))
        {
            return null;
        }

        var strict = TryDecode(StrictUtf8, bytes);
        if (strict is not null)
        {
            return Plausible(strict) is { } text ? new DecodedText(text, "UTF-8", []) : null;
        }

        // UTF-8 with a few bad bytes: its many valid multi-byte characters show it is UTF-8 (GB18030 text decoded
        // as UTF-8 gives few valid multi-byte characters and many bad bytes).
        var scan = Utf8Scan.Of(bytes);
        if (scan.Bad <= MaxBad(bytes.Length) && scan.MultiByte >= scan.Bad * 4)
        {
            return Tolerant(ReplacingUtf8.GetString(bytes), "UTF-8", scan.Bad, bytes.Length);
        }

        var gb = ReplacingGb18030.GetString(bytes);
        return Tolerant(gb, "GB18030", gb.AsSpan().Count('\uFFFD'), bytes.Length);
    }

    /// <summary>A few bad bytes: at most 1% of the file, and at least three are allowed in a small file.</summary>
    private static double MaxBad(int length) => Math.Max(3, length * MaxBadShare);

    /// <summary>Text decoded with its bad bytes replaced, and a warning naming each place; null when too many were bad.</summary>
    private static DecodedText? Tolerant(string text, string encodingName, int bad, int length)
    {
        if (bad > MaxBad(length) || Plausible(text, bad) is null)
        {
            return null;
        }

        return new DecodedText(text, encodingName, bad == 0 ? [] : Warnings(text, encodingName));
    }

    /// <summary>One warning per replaced character (line and character on the line, both from 1), up to <see cref="MaxWarnings"/>.</summary>
    private static List<DocumentWarning> Warnings(string text, string encodingName)
    {
        var warnings = new List<DocumentWarning>();
        int line = 1, column = 0, more = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\n' || (ch == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 0;
                continue;
            }

            column++;
            if (ch != '\uFFFD')
            {
                continue;
            }

            if (warnings.Count < MaxWarnings)
            {
                warnings.Add(new DocumentWarning(DocumentWarning.BadBytes, SourcePosition.Line(line), string.Create(
                    CultureInfo.InvariantCulture, $"第 {line} 行第 {column} 个字符处的字节不是有效的 {encodingName} 文本，已替换为 �，请对照原文件核对")));
            }
            else
            {
                more++;
            }
        }

        if (more > 0)
        {
            warnings.Add(new DocumentWarning(DocumentWarning.BadBytes, warnings[^1].Position, string.Create(
                CultureInfo.InvariantCulture, $"另有 {more} 处无效字节已替换为 �")));
        }

        return warnings;
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>NUL bytes or many control bytes: not a text file.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                control++;
            }
        }

        return control > sample.Length / 20;
    }

    /// <summary>
    /// Text whose characters are mostly replacement or private-use characters is not text; the replacements a
    /// tolerant decoding made (<paramref name="replaced"/>, already judged against <see cref="MaxBadShare"/>) do not count twice.
    /// </summary>
    private static string? Plausible(string text, int replaced = 0)
    {
        var bad = 0;
        foreach (var ch in text)
        {
            if (ch == '\uFFFD' || (ch >= '\uE000' && ch <= '\uF8FF') || (char.IsControl(ch) && ch is not ('\t' or '\n' or '\r' or '\f')))
            {
                bad++;
            }
        }

        return bad - replaced > Math.Max(2, text.Length / 50) ? null : text;
    }
}
