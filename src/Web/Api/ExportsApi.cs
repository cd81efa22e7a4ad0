using System.Globalization;
using Jixiao.Data;
using Jixiao.Web.Auth;
using Jixiao.Web.Exports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Api;

/// <summary>
/// 按区划年度打包下载 (issue 11 item 4): every sheet of a region and year the caller may see, as official forms
/// in one zip, made in the background (docs/decisions/018-region-export.md). POST asks for it (202 and the job),
/// GET polls the job, GET …/file downloads the finished zip, DELETE cancels or removes it. A job is its
/// owner's alone: to anyone else it does not exist.
/// </summary>
public static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/exports").WithTags("打包下载");
        group.MapPost("/", StartExport).WithName(nameof(StartExport))
            .WithSummary("按区划年度打包下载正式表样：region（6 位区划码）、year、format（xlsx|docx|pdf|html）、layout（可选）；202 与任务");
        group.MapGet("/{id}", GetExport).WithName(nameof(GetExport)).WithSummary("导出任务的状态：排队中、生成中、已完成、失败、已取消，done/total 张");
        group.MapGet("/{id}/file", GetExportFile).WithName(nameof(GetExportFile)).WithSummary("下载已完成的导出（zip）；仅发起人可下载");
        group.MapDelete("/{id}", CancelExport).WithName(nameof(CancelExport)).WithSummary("取消排队中或生成中的导出，或删除已完成的导出文件");
        return app;
    }

    public sealed record ExportRequestBody(string? Region, int? Year, string? Format, string? Layout);

    public sealed record ExportError(string Code, string Message);

    public sealed record ExportStatus(
        string Id, string Status, string StatusText, int Done, int Total, int Percent, string Region, int Year, string Format, string Layout,
        DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, string? FileName, long? FileBytes, string? FileUrl, ExportError? Error);

    internal static async Task<Results<Accepted<ExportStatus>, ValidationProblem, ProblemHttpResult>> StartExport(
        HttpContext http, JixiaoDbContext db, CurrentUser user, ExportJobs jobs, ExportRequestBody body, CancellationToken ct)
    {
        var (job, problem) = await ExportStart.StartAsync(db, user, jobs, body.Region, body.Year, body.Format, body.Layout, ct);
        if (problem is null)
        {
            return TypedResults.Accepted("/api/exports/" + job!.Id, StatusOf(job));
        }

        if (problem.RetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return problem.Status == StatusCodes.Status400BadRequest
            ? TypedResults.ValidationProblem(problem.Errors, title: problem.Title, extensions: new Dictionary<string, object?> { ["code"] = problem.Code })
            : Problem(problem.Status, problem.Title, problem.MessageZh, problem.Code);
    }

    internal static async Task<Results<Ok<ExportStatus>, NotFound<ProblemDetails>>> GetExport(ExportJobs jobs, CurrentUser user, string id) =>
        await FindAsync(jobs, user, id) is { } job ? TypedResults.Ok(StatusOf(job)) : NotFound();

    internal static async Task<Results<PhysicalFileHttpResult, NotFound<ProblemDetails>, ProblemHttpResult>> GetExportFile(ExportJobs jobs, CurrentUser user, string id)
    {
        if (await FindAsync(jobs, user, id) is not { } job)
        {
            return NotFound();
        }

        if (job.State == ExportState.Completed && File.Exists(job.FilePath))
        {
            return TypedResults.PhysicalFile(job.FilePath, "application/zip", job.FileName);
        }

        return job.IsFinished
            ? Problem(StatusCodes.Status409Conflict, "没有可下载的文件", $"该导出{StateText(job.State)}，没有生成文件", "EXPORT-NO-FILE")
            : Problem(StatusCodes.Status409Conflict, "导出尚未完成", $"该导出{StateText(job.State)}，完成后才能下载", "EXPORT-NOT-READY");
    }

    internal static async Task<Results<NoContent, NotFound<ProblemDetails>>> CancelExport(ExportJobs jobs, CurrentUser user, string id) =>
        await FindAsync(jobs, user, id) is { } job && jobs.Cancel(job.Id, job.Owner) ? TypedResults.NoContent() : NotFound();

    public static ExportStatus StatusOf(ExportJob job) => new(
        job.Id, Code(job.State), StateText(job.State), job.Done, job.Total, job.Percent, job.Request.RegionCode, job.Request.Year, job.Request.Format,
        RegionFormExport.DescribeLayout(job.Request.Layout), job.CreatedAt, job.FinishedAt,
        job.FileName, job.FileBytes, job.State == ExportState.Completed ? $"/api/exports/{job.Id}/file" : null,
        job.ErrorCode is { } code ? new ExportError(code, job.ErrorMessage ?? "") : null);

    public static string StateText(ExportState state) => state switch
    {
        ExportState.Queued => "排队中",
        ExportState.Running => "生成中",
        ExportState.Completed => "已完成",
        ExportState.Failed => "失败",
        _ => "已取消",
    };

    private static string Code(ExportState state) => state.ToString().ToLowerInvariant();

    private static async Task<ExportJob?> FindAsync(ExportJobs jobs, CurrentUser user, string id) =>
        await user.ActorAsync() is { } actor ? jobs.Find(id, ExportJobs.OwnerOf(actor)) : null;

    private static NotFound<ProblemDetails> NotFound() => TypedResults.NotFound(new ProblemDetails
    {
        Title = "找不到导出任务",
        Detail = "该导出任务不存在、已过期（完成一小时后删除）或不是您发起的",
        Status = StatusCodes.Status404NotFound,
        Extensions = { ["code"] = "EXPORT-NOT-FOUND" },
    });

    private static ProblemHttpResult Problem(int status, string title, string detail, string code) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });
}
