using System.Globalization;
using Jixiao.Core.Export.Forms;
using Jixiao.Data;
using Jixiao.Web.Auth;

namespace Jixiao.Web.Exports;

/// <summary>Why an export was not started: the answer's status, a stable code, and a Chinese title and message (per field for 400).</summary>
public sealed record ExportProblem(int Status, string Code, string Title, string MessageZh)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public TimeSpan? RetryAfter { get; init; }
}

/// <summary>
/// Starting a region export, the same for the API and the page: the request checked, the caller's sheets of
/// that region and year counted within their scope (none: 404), the job queued (or 429), and who exported
/// what written to the audit trail.
/// </summary>
public static class ExportStart
{
    public static async Task<(ExportJob? Job, ExportProblem? Problem)> StartAsync(
        JixiaoDbContext db, CurrentUser user, ExportJobs jobs, string? regionCode, int? year, string? format, string? layoutName, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var region = regionCode?.Trim() ?? "";
        if (!Regions.IsValidCode(region))
        {
            errors["region"] = ["财政区划应为 6 位数字，如 630123"];
        }

        if (year is not (>= 1990 and <= 2100))
        {
            errors["year"] = ["年度应为 1990 至 2100 之间的四位数字"];
        }

        var writer = FormExport.Default.Writer(format ?? "");
        if (writer is null)
        {
            errors["format"] = ["格式应为 xlsx、docx、pdf 或 html"];
        }

        FormFamily? layout = null;
        if (!string.IsNullOrEmpty(layoutName))
        {
            layout = FormFamilies.Names.TryGetValue(layoutName, out var family) ? family : null;
            if (layout is null)
            {
                errors["layout"] = ["版式应为 " + string.Join("、", FormFamilies.Names.Keys)];
            }
        }

        if (errors.Count > 0)
        {
            return (null, new ExportProblem(StatusCodes.Status400BadRequest, "EXPORT-INVALID", "导出参数有误", string.Join("；", errors.Values.SelectMany(e => e))) { Errors = errors });
        }

        if (writer is PdfFormWriter { Available: false })
        {
            return (null, new ExportProblem(StatusCodes.Status503ServiceUnavailable, "EXPORT-FORMAT-UNAVAILABLE", "暂时无法生成 PDF",
                "导出 PDF 需要服务器安装 LibreOffice；可先导出 Word（docx）"));
        }

        var scope = await user.ScopeAsync(ct);
        var sheets = await RegionFormExport.CountAsync(db, scope, region, year!.Value, ct);
        if (sheets == 0)
        {
            return (null, new ExportProblem(StatusCodes.Status404NotFound, "EXPORT-EMPTY", "没有可导出的目标表",
                string.Create(CultureInfo.InvariantCulture, $"财政区划 {region} 的 {year} 年度没有您可以查看的目标表")));
        }

        var actor = (await user.ActorAsync())!;
        var request = new RegionExportRequest(region, year.Value, writer!.Format, layout);
        var (job, refusal) = jobs.Enqueue(ExportJobs.OwnerOf(actor), actor.UserName, scope, request, sheets);
        if (refusal is not null)
        {
            return (null, new ExportProblem(StatusCodes.Status429TooManyRequests, refusal.Code, "导出任务过多", refusal.MessageZh) { RetryAfter = refusal.RetryAfter });
        }

        // Who exported what, recorded when it is asked for; the job itself changes nothing stored.
        AuditTrail.Record(db, actor, AuditTrail.Actions.Export,
            string.Create(CultureInfo.InvariantCulture, $"打包导出 {region} {request.Year} 年度目标表（{request.Format}，{sheets} 张）"),
            detail: new { region, year = request.Year, format = request.Format, layout = layoutName, sheets, job = job!.Id });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            jobs.Cancel(job.Id, job.Owner);
            throw;
        }

        return (job, null);
    }
}
