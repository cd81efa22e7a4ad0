namespace Jixiao.Core.Reading;

/// <summary>Why a file could not be read at all; one place for every code.</summary>
public enum ReadErrorCode
{
    FileNotFound,
    Empty,
    Binary,
    UnsupportedFormat,
    CorruptPackage,
    TooLarge,
    TooDeep,
    TooBig,
    Failed,
}

/// <summary>A file that could not be read, with a message in Chinese for users and a code for machines.</summary>
public sealed record ReadError(ReadErrorCode Code, string Source, string MessageZh, string MessageEn)
{
    public string CodeText => Code switch
    {
        ReadErrorCode.FileNotFound => "READ-NOT-FOUND",
        ReadErrorCode.Empty => "READ-EMPTY",
        ReadErrorCode.Binary => "READ-BINARY",
        ReadErrorCode.UnsupportedFormat => "READ-UNSUPPORTED",
        ReadErrorCode.CorruptPackage => "READ-CORRUPT",
        ReadErrorCode.TooLarge => "READ-TOO-LARGE",
        ReadErrorCode.TooDeep => "READ-TOO-DEEP",
        ReadErrorCode.TooBig => "READ-TOO-BIG",
        ReadErrorCode.Failed => "READ-FAILED",
        _ => "READ-UNKNOWN",
    };

    public override string ToString() => $"{Source}: {MessageZh} / {MessageEn} [{CodeText}]";
}

/// <summary>Either a document or the reason it could not be read.</summary>
public sealed record ReadResult(SourceDocument? Document, ReadError? Error)
{
    public static ReadResult Ok(SourceDocument document) => new(document, null);

    public static ReadResult Fail(ReadErrorCode code, string source, string zh, string en) => new(null, new ReadError(code, source, zh, en));
}
