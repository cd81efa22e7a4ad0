using System.Globalization;

namespace Jixiao.Web.Imports;

/// <summary>Why a preview was not kept: a code, a Chinese message, the status and when to try again.</summary>
public sealed record PreviewRefusal(string Code, string MessageZh, int Status, TimeSpan? RetryAfter)
{
    public const string BusyCode = "IMPORT-BUSY";
    public const string OwnerBusyCode = "IMPORT-BUSY-USER";
    public const string TooLargeCode = "IMPORT-PREVIEW-TOO-LARGE";

    public static PreviewRefusal Full(TimeSpan retryAfter) => new(
        BusyCode, $"服务器暂存的导入预览已满，暂时无法接收新的上传，请约 {Minutes(retryAfter)} 分钟后再试；已上传的预览不受影响",
        StatusCodes.Status503ServiceUnavailable, retryAfter);

    public static PreviewRefusal OwnerFull(long limit, TimeSpan retryAfter) => new(
        OwnerBusyCode, $"您待保存的导入预览已达 {Importer.Megabytes(limit)} MB 的暂存上限，请先保存或放弃已有的预览，或约 {Minutes(retryAfter)} 分钟后再试",
        StatusCodes.Status503ServiceUnavailable, retryAfter);

    public static PreviewRefusal TooLarge(long bytes, long limit) => new(
        TooLargeCode, $"文件读取后的内容过大（约 {Importer.Megabytes(bytes)} MB，每人暂存上限 {Importer.Megabytes(limit)} MB），请拆分后再上传",
        StatusCodes.Status413PayloadTooLarge, null);

    /// <summary>Whole seconds, at least one, as Retry-After wants them.</summary>
    public int? RetryAfterSeconds => RetryAfter is { } wait ? (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds)) : null;

    private static string Minutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
}
