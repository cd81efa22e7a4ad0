namespace Jixiao.Core.Targets;

/// <summary>
/// Something a reader met and worked around while reading a document (bytes that were not valid text,
/// replaced by U+FFFD), for a person to check: the document was read, but not exactly as written.
/// </summary>
public sealed record DocumentWarning(string Code, SourcePosition Position, string Text)
{
    /// <summary>Bytes that were not valid in the file's encoding, replaced by U+FFFD.</summary>
    public const string BadBytes = "READ-BAD-BYTES";
}
