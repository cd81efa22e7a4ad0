using System.Globalization;
using Jixiao.Core.Reading;
using Jixiao.Core.Review;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

using Jixiao.Web.Auth;

namespace Jixiao.Web.Imports;

/// <summary>Why an upload gave no preview or a preview was not saved: the form field, a machine code, a Chinese message.</summary>
public sealed record ImportProblem(string Field, string Code, string MessageZh, int Status = StatusCodes.Status400BadRequest)
{
    public long? ExistingId { get; init; }

    /// <summary>For a 503: whole seconds until trying again may succeed (the Retry-After header).</summary>
    public int? RetryAfterSeconds { get; init; }
}

/// <summary>Either what the step produced or why it did not happen.</summary>
public sealed record ImportResult<T>(T? Value, ImportProblem? Problem)
{
    public static implicit operator ImportResult<T>(ImportProblem problem) => new(default, problem);
}

/// <summary>
/// 导入 for the API and the page alike: read an upload into a preview (nothing stored), then save a
/// preview as it was shown (the document all or nothing, then its review per sheet).
/// </summary>
public static class Importer
{
    /// <summary>
    /// What 导入 takes: text, HTML and Office Open XML read directly; Excel 97, Word 97, Kingsoft WPS,
    /// OpenDocument and RTF through LibreOffice; PDF through pdftotext (docs/decisions/007-external-converters.md).
    /// </summary>
    public static readonly string[] Extensions = [".txt", ".xlsx", ".xls", ".et", ".ods", ".docx", ".doc", ".wps", ".odt", ".rtf", ".pdf", ".html", ".htm"];

    /// <summary>The longest file name kept with a document, in characters (most file systems stop at 255).</summary>
    public const int MaxFileNameLength = 255;

    /// <summary>The file input's accept attribute.</summary>
    public static readonly string Accept = string.Join(",", Extensions);

    /// <summary>The extensions for people: ".txt、.xlsx、…".</summary>
    public static readonly string ExtensionList = string.Join("、", Extensions);

    public static async Task<ImportResult<ImportPreview>> PreviewAsync(
        JixiaoDbContext db, ImportPreviews previews, Sheets.RuleSetChoice ruleSets, string owner, string? fileName, byte[] content, string? regionCode, string? regionName, long maxBytes, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0)
        {
            return new ImportProblem("file", "IMPORT-NO-FILE", "请选择要上传的文件");
        }

        if (content.LongLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        if (Sheets.FieldLimits.Problem(name, "文件名", MaxFileNameLength) is { } nameProblem)
        {
            return new ImportProblem("file", "IMPORT-FILE-NAME", nameProblem.Replace("再保存", "再上传", StringComparison.Ordinal));
        }

        if (!Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
        {
            return Read(new ReadError(ReadErrorCode.UnsupportedFormat, name, "不支持的文件类型，请上传以下格式的文件：" + ExtensionList, "unsupported file type"));
        }

        if (RegionProblem(regionCode, regionName) is { } regionProblem)
        {
            return regionProblem;
        }

        if (Blank(regionCode) is { } code && Blank(regionName) is null && !await db.Regions.AnyAsync(r => r.Code == code, ct))
        {
            return new ImportProblem("regionName", "DATA-REGION-UNKNOWN", $"财政区划 {code} 尚未登记，请同时填写区划名称");
        }

        // The request's token: a client that goes away stops the reading, which checks it row by row.
        var outcome = DocumentImporter.Default.Import(name, content, ReadDeadline.DefaultBudget, ct);
        if (outcome.Document is not { } document)
        {
            return Read(outcome.Error ?? new ReadError(ReadErrorCode.UnsupportedFormat, name, "无法读取该文件", "the file could not be read"));
        }

        if (document.Sheets.Count == 0)
        {
            return new ImportProblem("file", "IMPORT-NO-SHEETS", "文件中没有识别出绩效目标表，请确认上传的是绩效目标申报表");
        }

        // Reviewed as it will be stored: by the region's rule set (one the upload names no region of is the default's
        // here, and reviewed again on saving if it goes into the importer's region and that has its own set).
        var rules = await ruleSets.ForRegionAsync(db, regionCode, ct);
        var preview = new ImportPreview(
            Guid.NewGuid().ToString("N"), name, content, DocumentStore.Sha256Of(content), Blank(regionCode), Blank(regionName),
            document, rules.Engine.Review(document), await DocumentStore.FindDuplicateAsync(db, content, document.TextSha256, ct), previews.NextExpiry()) { Owner = owner };
        if (previews.TryAdd(preview) is { } refused)
        {
            return new ImportProblem("file", refused.Code, refused.MessageZh, refused.Status) { RetryAfterSeconds = refused.RetryAfterSeconds };
        }

        return new ImportResult<ImportPreview>(preview, null);
    }

    /// <summary>
    /// Stores the previewed document and its review — by the rule set of the region it goes into, reviewed again if
    /// that is not the preview's (docs/decisions/020); the preview is gone once saved.
    /// </summary>
    public static async Task<ImportResult<SavedDocument>> SaveAsync(
        JixiaoDbContext db, ImportPreviews previews, ImportPreview preview, Auth.CurrentUser user, Sheets.RuleSetChoice ruleSets, Startup.RegionRereviews rereviews, CancellationToken ct)
    {
        // A 单位填报's tables are its own: linked to its organisation, in its region when the upload names none.
        var principal = await user.PrincipalAsync();
        var filler = principal.RoleOf() == Core.Workflow.Role.UnitFiller;
        var regionCode = preview.RegionCode;
        if (regionCode is null && principal.Long(Auth.JixiaoClaims.RegionId) is { } regionId)
        {
            regionCode = await db.Regions.Where(r => r.Id == regionId).Select(r => r.Code).SingleOrDefaultAsync(ct);
        }

        var upload = new DocumentUpload(preview.FileName, preview.Content)
        {
            RegionCode = regionCode,
            RegionName = preview.RegionName,
            ImportedBy = await user.ActorAsync(),
            OwnerOrganisationId = filler ? principal.Long(Auth.JixiaoClaims.OrganisationId) : null,
        };
        var rules = await ruleSets.ForRegionAsync(db, regionCode, ct);
        var review = rules.Engine.RuleSet.Stamp == preview.Review.RuleSetStamp ? preview.Review : rules.Engine.Review(preview.Document);
        DataResult<SavedDocument> saved;
        try
        {
            saved = await DocumentStore.SaveReviewedAsync(db, upload, review, ct);
        }
        catch (Exception e) when (DatabaseBusy.Is(e))
        {
            // Another save holds the database: nothing was stored, the preview stays for a retry.
            return new ImportProblem("file", DatabaseBusy.Error.CodeText, DatabaseBusy.Error.MessageZh, StatusCodes.Status503ServiceUnavailable)
            {
                RetryAfterSeconds = DatabaseBusy.RetryAfterSeconds,
            };
        }

        if (saved.Error is { } error)
        {
            return error.Code switch
            {
                DataErrorCode.DuplicateDocument => new ImportProblem("file", error.CodeText, error.MessageZh, StatusCodes.Status409Conflict) { ExistingId = error.ExistingId },
                DataErrorCode.SaveInProgress => new ImportProblem("file", error.CodeText, error.MessageZh, StatusCodes.Status409Conflict),
                DataErrorCode.InvalidRegionCode or DataErrorCode.UnknownRegion => new ImportProblem("regionCode", error.CodeText, error.MessageZh),
                _ => new ImportProblem("file", error.CodeText, error.MessageZh),
            };
        }

        previews.Remove(preview.Id);

        // The region's set changed while the document was being saved: its sheets are pending, which the background reviews again.
        if ((await ruleSets.ForRegionAsync(db, regionCode, ct)).Engine.RuleSet.Stamp != review.RuleSetStamp)
        {
            rereviews.Signal();
        }

        return new ImportResult<SavedDocument>(saved.Value, null);
    }

    public static ImportProblem TooLarge(long maxBytes) => new(
        "file", "IMPORT-TOO-LARGE", $"文件超过 {Megabytes(maxBytes)} MB 的上传限制，请拆分后再上传", StatusCodes.Status413PayloadTooLarge);

    public static string Megabytes(long bytes) => (bytes / (1024m * 1024m)).ToString("0.##", CultureInfo.InvariantCulture);

    private static ImportProblem Read(ReadError error) => new("file", error.CodeText, error.MessageZh);

    private static ImportProblem? RegionProblem(string? code, string? name)
    {
        if (Sheets.FieldLimits.Problem(name, "区划名称", Sheets.FieldLimits.Name) is { } nameProblem)
        {
            return new ImportProblem("regionName", "DATA-REGION-NAME", nameProblem.Replace("再保存", "再上传", StringComparison.Ordinal));
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            return string.IsNullOrWhiteSpace(name) ? null : new ImportProblem("regionCode", "DATA-REGION-CODE", "填写了区划名称时须同时填写 6 位财政区划编码");
        }

        return Regions.IsValidCode(code.Trim()) ? null : new ImportProblem("regionCode", "DATA-REGION-CODE", "财政区划编码应为 6 位数字");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
