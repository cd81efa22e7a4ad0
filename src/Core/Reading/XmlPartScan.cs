using System.IO.Compression;
using System.Xml;

namespace Jixiao.Core.Reading;

/// <summary>
/// Streams every XML part of a .xlsx/.docx package through <see cref="XmlReader"/> (no DTDs, no tree)
/// before the Office SDK opens it, and refuses packages it could not read safely: elements nested deeper
/// than <see cref="ReadLimits.MaxDepth"/> (the SDK recurses per level and a stack overflow cannot be
/// caught), too many parts, elements or bytes. Parts that are not XML, or not well-formed, are left to
/// the SDK, which reports them as damage.
/// </summary>
internal static class XmlPartScan
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Null when the package is within the limits, else why it is refused. Throws what the zip layer throws for damage.</summary>
    internal static ReadResult? Check(string name, byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > ReadLimits.MaxParts)
        {
            return ReadLimits.TooBig(name, $"压缩包内超过 {ReadLimits.MaxParts} 个部件", $"more than {ReadLimits.MaxParts} parts");
        }

        var budget = new Budget();
        foreach (var entry in zip.Entries)
        {
            if (Scan(name, entry, budget) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private static ReadResult? Scan(string name, ZipArchiveEntry entry, Budget budget)
    {
        using var stream = new CountingStream(entry.Open(), Math.Min(ReadLimits.MaxPartBytes, ReadLimits.MaxPackageBytes - budget.Bytes));
        try
        {
            using var reader = XmlReader.Create(stream, Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth >= ReadLimits.MaxDepth)
                {
                    return ReadLimits.TooDeep(name);
                }

                if (++budget.Elements > ReadLimits.MaxElements)
                {
                    return ReadLimits.TooBig(name, $"超过 {ReadLimits.MaxElements} 个 XML 元素", $"more than {ReadLimits.MaxElements} XML elements");
                }
            }
        }
        catch (XmlException)
        {
            // Cut off at the byte limit (refused below), not XML (an image) or not well-formed (the SDK
            // reports that if it is a part we read).
        }
        finally
        {
            budget.Bytes += stream.Count;
        }

        return stream.Exceeded
            ? ReadLimits.TooBig(name, $"XML 部件 {entry.FullName} 过大（单个部件最多 {ReadLimits.MaxPartBytes / 1024 / 1024} MB，合计最多 {ReadLimits.MaxPackageBytes / 1024 / 1024} MB）", $"the XML part {entry.FullName} is too large")
            : null;
    }

    private sealed class Budget
    {
        public long Bytes { get; set; }

        public long Elements { get; set; }
    }

    /// <summary>A read-only stream that counts what it gives and ends early once past its limit.</summary>
    private sealed class CountingStream(Stream inner, long limit) : Stream
    {
        public long Count { get; private set; }

        public bool Exceeded { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (Exceeded)
            {
                return 0;
            }

            var read = inner.Read(buffer);
            Count += read;
            if (Count > limit)
            {
                Exceeded = true;
                return 0;
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
