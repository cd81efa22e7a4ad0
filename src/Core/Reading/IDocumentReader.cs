namespace Jixiao.Core.Reading;

/// <summary>Turns the bytes of one kind of file into rows of cells. Bad input is a result, not an exception.</summary>
public interface IDocumentReader
{
    /// <summary>Whether this reader handles the file, judged by its name and first bytes.</summary>
    bool CanRead(string name, ReadOnlySpan<byte> head);

    ReadResult Read(string name, byte[] content);
}
