namespace Jixiao.Data;

/// <summary>Why a data operation did not happen; one place for every code.</summary>
public enum DataErrorCode
{
    InvalidFileName,
    EmptyDocument,
    DuplicateDocument,
    InvalidRegionCode,
    UnknownRegion,
    NotFound,
    ConcurrencyConflict,
    InvalidPage,
    MigrationChanged,
    DatabaseNewer,
    DatabaseBusy,
    Invalid,
    Duplicate,
    Forbidden,
    WorkflowRefused,
    SaveInProgress,
}

/// <summary>
/// A refused operation, with a message in Chinese for users and a code for machines.
/// <see cref="ExistingId"/> names the stored row a refusal is about (the document already imported).
/// </summary>
public sealed record DataError(DataErrorCode Code, string MessageZh, string MessageEn)
{
    public long? ExistingId { get; init; }

    /// <summary>A more precise code than <see cref="Code"/>'s (a workflow refusal's own), when there is one.</summary>
    public string? SpecificCode { get; init; }

    public string CodeText => SpecificCode ?? Code switch
    {
        DataErrorCode.InvalidFileName => "DATA-FILE-NAME",
        DataErrorCode.EmptyDocument => "DATA-EMPTY",
        DataErrorCode.DuplicateDocument => "DATA-DUPLICATE",
        DataErrorCode.InvalidRegionCode => "DATA-REGION-CODE",
        DataErrorCode.UnknownRegion => "DATA-REGION-UNKNOWN",
        DataErrorCode.NotFound => "DATA-NOT-FOUND",
        DataErrorCode.ConcurrencyConflict => "DATA-CONFLICT",
        DataErrorCode.InvalidPage => "DATA-PAGE",
        DataErrorCode.MigrationChanged => "DATA-MIGRATION-CHANGED",
        DataErrorCode.DatabaseNewer => "DATA-DATABASE-NEWER",
        DataErrorCode.DatabaseBusy => "DATA-BUSY",
        DataErrorCode.Invalid => "DATA-INVALID",
        DataErrorCode.Duplicate => "DATA-EXISTS",
        DataErrorCode.Forbidden => "DATA-FORBIDDEN",
        DataErrorCode.WorkflowRefused => "WORKFLOW-REFUSED",
        DataErrorCode.SaveInProgress => "DATA-SAVING",
        _ => "DATA-UNKNOWN",
    };

    public override string ToString() => $"{MessageZh} / {MessageEn} [{CodeText}]";
}

/// <summary>Either a value or the reason there is none.</summary>
public sealed record DataResult<T>(T? Value, DataError? Error)
{
    public bool IsOk => Error is null;

    public static DataResult<T> Ok(T value) => new(value, null);

    public static DataResult<T> Fail(DataErrorCode code, string zh, string en) => new(default, new DataError(code, zh, en));

    public static implicit operator DataResult<T>(DataError error) => new(default, error);
}
