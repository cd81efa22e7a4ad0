using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Reporting;
using Jixiao.Core.Targets;
using Jixiao.Data;
using Jixiao.Web.Sheets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Jixiao.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Api;

/// <summary>PUT /api/sheets/{id}: an edited sheet saved all-or-nothing at the version it was loaded at, then reviewed.</summary>
public static class SheetEditApi
{
    public static IEndpointRouteBuilder MapSheetEditApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/sheets/{id:long}", PutSheet)
            .WithTags("目标表")
            .WithName(nameof(PutSheet))
            .WithSummary("保存编辑后的目标表：字段同 GET，另附加载时的 version（或 If-Match）；成功后重新审核")
            .Accepts<JsonElement>("application/json")
            .RequireAuthorization(Auth.Policies.Edit);
        return app;
    }

    /// <summary>The ETag of a sheet at a version: the version itself, quoted.</summary>
    public static string ETag(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    internal static async Task<Results<ContentHttpResult, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> PutSheet(
        JixiaoDbContext db, Auth.CurrentUser user, Sheets.RuleSetChoice ruleSets, long id, HttpRequest request, HttpResponse response, IOptions<JixiaoOptions> options, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var (document, problem) = await EditBody.ReadAsync(request, options.Value.MaxEditBytes, ct);
        if (problem is not null || document is null)
        {
            problem ??= EditBody.TooLarge(options.Value.MaxEditBytes);
            return problem.Status == StatusCodes.Status400BadRequest
                ? Invalid(new() { [""] = [problem.MessageZh] }, problem.Code)
                : TypedResults.Problem(problem.MessageZh, statusCode: problem.Status, title: "请求体过大，未保存",
                    type: "https://jixiao.example/problems/edit-too-large", extensions: new Dictionary<string, object?> { ["code"] = problem.Code });
        }

        using (document)
        {
            var loaded = await SheetStore.LoadAsync(db, scope, id, ct);
            if (loaded.Value is not { } stored)
            {
                return SheetsApi.NotFound(id);
            }

            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var version = IfMatch(request) ?? SheetBody.Version(document.RootElement);
            if (version is null)
            {
                errors["version"] = ["缺少 version：请附上加载目标表时的版本号（GET 返回的 version，或 If-Match 头），以免覆盖他人的修改"];
            }

            var draft = SheetBody.Read(document.RootElement, stored.Sheet, errors);
            if (errors.Count > 0)
            {
                foreach (var (key, messages) in SheetEdits.Check(draft, stored.Sheet).Errors)
                {
                    errors.TryAdd(key, messages);
                }

                return Invalid(errors);
            }

            var rules = (await ruleSets.ForSheetAsync(db, id, ct)).Engine;
            var result = await SheetEdits.SaveAsync(db, (await user.ActorAsync())!, scope, id, version!.Value, draft, rules, ct);
            switch (result.Outcome)
            {
                case EditOutcome.NotFound:
                    return SheetsApi.NotFound(id);
                case EditOutcome.Invalid:
                    return Invalid(new Dictionary<string, string[]>(result.Errors));
                case EditOutcome.Locked:
                    return TypedResults.Conflict(new ProblemDetails
                    {
                        Title = "目标表当前不能修改",
                        Detail = result.Message,
                        Status = StatusCodes.Status409Conflict,
                        Type = "https://jixiao.example/problems/sheet-locked",
                        Extensions = { ["code"] = SheetStore.LockedCode },
                    });
                case EditOutcome.Conflict:
                    return TypedResults.Conflict(new ProblemDetails
                    {
                        Title = "已被他人修改，请重新打开",
                        Detail = result.Message,
                        Status = StatusCodes.Status409Conflict,
                        Type = "https://jixiao.example/problems/sheet-version-conflict",
                    });
            }

            var source = await db.Documents.Where(d => d.Id == stored.DocumentId).Select(d => d.FileName).SingleAsync(ct);
            response.Headers.ETag = ETag(result.Version!.Value);
            return TypedResults.Text(Saved(id, result.Version.Value, source, result.Sheet!, result.Findings), "application/json; charset=utf-8");
        }
    }

    /// <summary>The code of a refused edit whose fields need correcting.</summary>
    public const string InvalidCode = "EDIT-INVALID";

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors, string code = InvalidCode) =>
        TypedResults.ValidationProblem(errors, title: "目标表有需要更正的地方，未保存", detail: "每个字段的问题与改法见 errors；其他内容均未改动",
            extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>The version an If-Match header names (<c>"3"</c>, <c>W/"3"</c> or <c>3</c>).</summary>
    private static int? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return int.TryParse(header.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    /// <summary>{ id, version, review }: the new version and the review of what was saved, in the review contract.</summary>
    private static string Saved(long id, int version, string source, TargetSheet sheet, IReadOnlyList<Finding> findings)
    {
        var review = new DocumentReview(new ImportedDocument(source, [sheet], []), [new SheetReview(sheet, findings)], []);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("id", id);
            w.WriteNumber("version", version);
            w.WritePropertyName("review");
            w.WriteRawValue(ReviewJson.ToJson([review]));
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
