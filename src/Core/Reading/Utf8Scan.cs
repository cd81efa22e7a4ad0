namespace Jixiao.Core.Reading;

/// <summary>
/// How bytes look as UTF-8: the valid multi-byte characters, and the bytes that fit no character
/// (each byte of an invalid sequence counted once, as a decoder replaces them).
/// </summary>
internal readonly record struct Utf8Scan(int MultiByte, int Bad)
{
    public static Utf8Scan Of(ReadOnlySpan<byte> bytes)
    {
        int multiByte = 0, bad = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                multiByte += consumed > 1 ? 1 : 0;
            }
            else
            {
                bad++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return new Utf8Scan(multiByte, bad);
    }
}
