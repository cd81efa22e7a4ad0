namespace Jixiao.Core.Reading;

/// <summary>
/// A memory stream that keeps at most <c>cap</c> bytes: what a program writes past that is dropped
/// and <see cref="Exceeded"/> says so, so a converter's output (a PDF whose compressed text expands
/// without end) cannot fill the server's memory. Writes never fail, so the program is drained.
/// </summary>
internal sealed class CappedStream(long cap) : MemoryStream
{
    public bool Exceeded { get; private set; }

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (Exceeded || Length + count > cap)
        {
            Exceeded = true;
            return;
        }

        // MemoryStream's own array write: its span overload calls back into this one for subclasses.
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void WriteByte(byte value) => Write([value], 0, 1);
}
