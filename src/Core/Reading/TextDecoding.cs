using System.Text;

namespace Jixiao.Core.Reading;

/// <summary>
/// Decodes text files as Chinese government files come: UTF-8 (with or without BOM), UTF-16 with
/// BOM, or GB18030 (GBK, GB2312). Binary content is recognised, not decoded into garbage.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>The text, or null when the bytes are not text.</summary>
    public static string? Decode(byte[] bytes, out string encodingName)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            encodingName = "UTF-8";
            return TryDecode(StrictUtf8, bytes.AsSpan(3));
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            encodingName = "UTF-16";
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Plausible(utf16.GetString(bytes, 2, bytes.Length - 2));
        }

        if (LooksBinary(bytes))
        {
            encodingName = "binary";
            return null;
        }

        encodingName = "UTF-8";
        var text = TryDecode(StrictUtf8, bytes);
        if (text is not null)
        {
            return Plausible(text);
        }

        encodingName = "GB18030";
        return Plausible(Gb18030.GetString(bytes));
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

    /// <summary>Text whose characters are mostly replacement or private-use characters is not text.</summary>
    private static string? Plausible(string text)
    {
        var bad = 0;
        foreach (var ch in text)
        {
            if (ch == '\uFFFD' || (ch >= '\uE000' && ch <= '\uF8FF') || (char.IsControl(ch) && ch is not ('\t' or '\n' or '\r' or '\f')))
            {
                bad++;
            }
        }

        return bad > Math.Max(2, text.Length / 50) ? null : text;
    }
}
