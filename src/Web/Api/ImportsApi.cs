using System.Globalization;
using Jixiao.Data;
using Jixiao.Web.Imports;
using Jixiao.Web.Startup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Api;

/// <summary>/api/imports: upload a file for a preview of what was read (nothing stored), then save it.</summary>
public static class ImportsApi
{
    private const string Json = "application/json; charset=utf-8";

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/imports").WithTags("导入").RequireAuthorization(Auth.Policies.Import);
        group.MapPost("/", Upload).WithName("UploadImport").WithSummary("上传文件（multipart/form-data，字段 file；可选 regionCode、regionName），得到导入预览")
            .Accepts<IFormFile>("multipart/form-data").Produces(StatusCodes.Status201Created, contentType: "application/json")
            .RequireRateLimiting(Auth.AuthSetup.UploadLimit);
        group.MapGet("/{id}", GetPreview).WithName("GetImportPreview").WithSummary("导入预览（30 分钟内有效）")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        group.MapPost("/{id}/save", Save).WithName("SaveImport").WithSummary("保存导入预览：文档及其目标表一并保存，并保存审核意见");
        return app;
    }

    public sealed record SavedImport(long DocumentId, IReadOnlyList<long> SheetIds);

    internal static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> Upload(
        HttpRequest request, JixiaoDbContext db, ImportPreviews previews, Sheets.RuleSetChoice ruleSets, IOptions<JixiaoOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxUploadBytes;
        if (!request.HasFormContentType)
        {
            return Problem(new ImportProblem("file", "IMPORT-NO-FILE", "请以 multipart/form-data 上传文件（字段 file）"));
        }

        if (request.ContentLength > JixiaoOptions.RequestLimit(max))
        {
            return Problem(Importer.TooLarge(max));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Problem(e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? Importer.TooLarge(max)
                : new ImportProblem("file", "IMPORT-BAD-FORM", "上传内容格式有误，请重新选择文件上传"));
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return Problem(new ImportProblem("file", "IMPORT-NO-FILE", "请选择要上传的文件（字段 file）"));
        }

        if (file.Length > max)
        {
            return Problem(Importer.TooLarge(max));
        }

        var content = await ReadAllAsync(file, ct);
        var result = await Importer.PreviewAsync(db, previews, ruleSets, ImportPreviews.OwnerOf(request.HttpContext), file.FileName, content, form["regionCode"], form["regionName"], max, ct);
        if (result.Problem is { } problem)
        {
            if (problem.RetryAfterSeconds is { } seconds)
            {
                request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            return Problem(problem);
        }

        request.HttpContext.Response.Headers.Location = "/api/imports/" + result.Value!.Id;
        return TypedResults.Text(PreviewJson.Write(result.Value), Json, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>A preview is its uploader's alone: anyone else is told it does not exist.</summary>
    internal static Results<ContentHttpResult, NotFound<ProblemDetails>> GetPreview(HttpContext http, ImportPreviews previews, string id) =>
        previews.Find(id) is { } preview && preview.Owner == ImportPreviews.OwnerOf(http) ? TypedResults.Text(PreviewJson.Write(preview), Json) : NotFound(id);

    internal static async Task<Results<Created<SavedImport>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> Save(
        HttpContext http, JixiaoDbContext db, ImportPreviews previews, Auth.CurrentUser user, Sheets.RuleSetChoice ruleSets, Startup.RegionRereviews rereviews, string id, CancellationToken ct)
    {
        if (previews.Find(id) is not { } preview || preview.Owner != ImportPreviews.OwnerOf(http))
        {
            return NotFound(id);
        }

        var saved = await Importer.SaveAsync(db, previews, preview, user, ruleSets, rereviews, ct);
        if (saved.Problem is { } problem)
        {
            if (problem.RetryAfterSeconds is { } seconds)
            {
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            return problem.Status == StatusCodes.Status400BadRequest ? Validation(problem) : Other(problem);
        }

        var location = saved.Value!.SheetIds.Count > 0 ? "/api/sheets/" + saved.Value.SheetIds[0].ToString(CultureInfo.InvariantCulture) : null;
        return TypedResults.Created(location, new SavedImport(saved.Value.DocumentId, saved.Value.SheetIds));
    }

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private static Results<ContentHttpResult, ValidationProblem, ProblemHttpResult> Problem(ImportProblem problem) =>
        problem.Status == StatusCodes.Status400BadRequest ? Validation(problem) : Other(problem);

    private static ValidationProblem Validation(ImportProblem problem) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [problem.Field] = [problem.MessageZh] },
        detail: problem.MessageZh,
        title: "无法导入该文件",
        type: "https://jixiao.example/problems/import-invalid",
        extensions: new Dictionary<string, object?> { ["code"] = problem.Code });

    private static ProblemHttpResult Other(ImportProblem problem)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = problem.Code };
        if (problem.ExistingId is { } existing)
        {
            extensions["existingDocumentId"] = existing;
        }

        var (title, type) = problem.Status switch
        {
            StatusCodes.Status409Conflict when problem.Code == "DATA-SAVING" => ("文件正在保存", "https://jixiao.example/problems/document-being-saved"),
            StatusCodes.Status409Conflict => ("文件已导入", "https://jixiao.example/problems/duplicate-document"),
            StatusCodes.Status413PayloadTooLarge => ("文件过大", "https://jixiao.example/problems/file-too-large"),
            StatusCodes.Status503ServiceUnavailable => ("暂时无法导入，请稍后再试", "https://jixiao.example/problems/import-busy"),
            _ => ("暂时无法导入", "https://jixiao.example/problems/import-unavailable"),
        };
        return TypedResults.Problem(problem.MessageZh, statusCode: problem.Status, title: title, type: type, extensions: extensions);
    }

    private static NotFound<ProblemDetails> NotFound(string id) => TypedResults.NotFound(new ProblemDetails
    {
        Title = "找不到导入预览",
        Detail = $"导入预览 {id} 不存在或已过期（预览保留 30 分钟），请重新上传文件",
        Status = StatusCodes.Status404NotFound,
        Type = "https://jixiao.example/problems/import-preview-not-found",
    });
}
