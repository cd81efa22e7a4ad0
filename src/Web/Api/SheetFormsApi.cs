using System.Globalization;
using Jixiao.Core.Export.Forms;
using Jixiao.Core.Targets;
using Jixiao.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

/// <summary>
/// The official forms as downloads (issue 11): one sheet, or every sheet of a document in one file (a worksheet
/// or section each), as .xlsx, .docx, .pdf or .html, in the layout named by ?layout=, else the region's default
/// layout (docs/decisions/016), else the one the sheet was imported from. Kept in its own Map method so the access policies of the app can be applied to the group.
/// </summary>
public static class SheetFormsApi
{
    public static IEndpointRouteBuilder MapSheetFormsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("表样下载");
        group.MapGet("/sheets/{id:long}/form.{format}", SheetForm).WithName(nameof(SheetForm))
            .WithSummary("按正式表样下载一张目标表：xlsx、docx、pdf、html")
            .WithDescription("layout（可选）：standard、approval、public、plan、declaration、unit；不给出时按本地区设置的版式，未设置则按导入时的版式");
        group.MapGet("/documents/{id:long}/form.{format}", DocumentForm).WithName(nameof(DocumentForm))
            .WithSummary("按正式表样下载一个文件的全部目标表（每表一个工作表或一节）");
        return app;
    }

    internal static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> SheetForm(
        JixiaoDbContext db, Auth.CurrentUser user, long id, string format, string? layout, CancellationToken ct)
    {
        var loaded = await SheetStore.LoadAsync(db, await user.ScopeAsync(ct), id, ct);
        if (loaded.Value is not { } stored)
        {
            return SheetsApi.NotFound(id);
        }

        return Download([stored.Sheet], format, layout ?? (await RegionSettings.ForSheetAsync(db, id, ct))?.FormLayout, stored.Sheet.ProjectName ?? stored.Sheet.Unit ?? stored.Sheet.Department);
    }

    internal static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> DocumentForm(
        JixiaoDbContext db, Auth.CurrentUser user, long id, string format, string? layout, CancellationToken ct)
    {
        // The sheets of the document the person may see; a document with none of them is not found.
        var scope = await user.ScopeAsync(ct);
        var document = await db.Documents.Where(d => d.Id == id).Select(d => new { d.FileName }).SingleOrDefaultAsync(ct);
        var ids = await scope.Apply(db.Sheets).Where(s => s.DocumentId == id).OrderBy(s => s.Ordinal).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        if (document is null || ids.Count == 0)
        {
            return TypedResults.NotFound(new ProblemDetails
            {
                Title = "找不到文件",
                Detail = string.Create(CultureInfo.InvariantCulture, $"编号为 {id} 的文件不存在或没有目标表"),
                Status = StatusCodes.Status404NotFound,
            });
        }

        var sheets = new List<TargetSheet>();
        foreach (var sheetId in ids)
        {
            sheets.Add((await SheetStore.LoadAsync(db, scope, sheetId, ct)).Value!.Sheet);
        }

        // A document's sheets are of one region: the first one's settings stand for all.
        return Download(sheets, format, layout ?? (await RegionSettings.ForSheetAsync(db, ids[0], ct))?.FormLayout, Path.GetFileNameWithoutExtension(document.FileName));
    }

    private static Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult> Download(
        IReadOnlyList<TargetSheet> sheets, string format, string? layout, string? name)
    {
        var writer = FormExport.Default.Writer(format);
        FormFamily? family = layout is null ? null : FormFamilies.Names.TryGetValue(layout, out var f) ? f : null;
        var errors = new Dictionary<string, string[]>();
        if (writer is null)
        {
            errors["format"] = ["格式应为 xlsx、docx、pdf 或 html"];
        }

        if (layout is not null && family is null)
        {
            errors["layout"] = ["版式应为 " + string.Join("、", FormFamilies.Names.Keys)];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "下载参数有误");
        }

        using var buffer = new MemoryStream();
        try
        {
            writer!.Write(buffer, FormExport.Layout(sheets, family));
        }
        catch (FormFormatUnavailableException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "暂时无法生成该格式");
        }

        // The name goes out as filename (ASCII fallback) and filename* (UTF-8), sanitised of path and control characters.
        return TypedResults.File(buffer.ToArray(), writer.MediaType, FormExport.FileName(name, writer.Format));
    }
}
