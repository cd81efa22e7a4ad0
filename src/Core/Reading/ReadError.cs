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

    /// <summary>Reading stopped on an error in Jixiao itself (a bug): the file is reported, the rest of a batch goes on.</summary>
    Failed,

    /// <summary>The file needs LibreOffice (soffice) to be converted, and it is not installed.</summary>
    NeedsLibreOffice,

    /// <summary>The file is a PDF and pdftotext (poppler-utils) is not installed.</summary>
    NeedsPdfToText,

    /// <summary>The converter ran but gave no usable output (a damaged or protected file).</summary>
    ConvertFailed,

    /// <summary>The converter did not finish in time (or waited too long for its turn) and was stopped.</summary>
    ConvertTimeout,

    /// <summary>XML or HTML nested deeper than the reading limit (a hostile or broken file).</summary>
    TooDeep,

    /// <summary>More parts, elements, characters or cells than the reading limits allow.</summary>
    TooBig,

    /// <summary>Reading took longer than the document's time budget and was stopped.</summary>
    TimedOut,

    /// <summary>The request the document was read for went away; reading stopped.</summary>
    Cancelled,
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
        ReadErrorCode.Failed => "READ-FAILED",
        ReadErrorCode.NeedsLibreOffice => "READ-NEEDS-LIBREOFFICE",
        ReadErrorCode.NeedsPdfToText => "READ-NEEDS-PDFTOTEXT",
        ReadErrorCode.ConvertFailed => "READ-CONVERT-FAILED",
        ReadErrorCode.ConvertTimeout => "READ-CONVERT-TIMEOUT",

        ReadErrorCode.TooDeep => "READ-TOO-DEEP",
        ReadErrorCode.TooBig => "READ-TOO-BIG",
        ReadErrorCode.TimedOut => "READ-TIMEOUT",
        ReadErrorCode.Cancelled => "READ-CANCELLED",
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
