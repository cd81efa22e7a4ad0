using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Startup;

/// <summary>
/// Every answer without a body of its own says, in Chinese, what went wrong: on /api as
/// problem+json with a code, on pages as the 状态 page in the site's layout (re-executed at
/// /status/{code}). Request targets longer than <see cref="JixiaoOptions.MaxUrlLength"/> get 414 here
/// (Kestrel is given more room, so it does not answer them first with an empty body).
/// </summary>
public static class StatusAnswers
{
    public const string UrlTooLongCode = "REQUEST-URL-TOO-LONG";

    /// <summary>Kestrel's own limit on the request line: above ours, so that ours answers in Chinese.</summary>
    public const int KestrelRequestLineLimit = 64 * 1024;

    public static WebApplication UseStatusAnswers(this WebApplication app)
    {
        app.UseWhen(IsApi, api => api.UseStatusCodePages(context => WriteProblemAsync(context.HttpContext)));
        app.UseWhen(c => !IsApi(c), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.Use(async (context, next) =>
        {
            var max = context.RequestServices.GetRequiredService<IOptions<JixiaoOptions>>().Value.MaxUrlLength;
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is null && TargetLength(context) > max)
            {
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                return;
            }

            await next(context);
        });
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>A status's title and message for people, and its code.</summary>
    public static (string Title, string Detail, string Code) Describe(int status, HttpRequest request) => status switch
    {
        StatusCodes.Status400BadRequest => ("请求有误", "请求的格式或内容有误，请检查后重试", "REQUEST-INVALID"),
        StatusCodes.Status401Unauthorized => ("请先登录", "该功能需要登录：网页请在 /login 登录，接口请附上个人令牌（Authorization: Bearer jx_…）", "AUTH-REQUIRED"),
        StatusCodes.Status403Forbidden => ("无权访问", "您的角色不能使用该功能或查看该内容；如需权限，请联系管理员", "AUTH-FORBIDDEN"),
        StatusCodes.Status429TooManyRequests => ("请求过于频繁", "请求过于频繁（登录或上传），请稍候一分钟再试", "REQUEST-RATE-LIMITED"),
        StatusCodes.Status404NotFound when IsApi(request.HttpContext) => ("找不到该接口", "接口不存在：请检查地址，可用的接口见 /openapi/v1.json", "API-NOT-FOUND"),
        StatusCodes.Status404NotFound => ("页面不存在", "您访问的页面不存在，请从左侧导航重新进入", "PAGE-NOT-FOUND"),
        StatusCodes.Status405MethodNotAllowed => ("不支持该请求方法", $"该地址不支持 {request.Method} 请求（或接口不存在）：可用的接口与方法见 /openapi/v1.json", "REQUEST-METHOD-NOT-ALLOWED"),
        StatusCodes.Status413PayloadTooLarge => ("请求内容过大", "请求内容超过服务器允许的大小，请拆分或精简后再试", "REQUEST-TOO-LARGE"),
        StatusCodes.Status414UriTooLong => ("网址过长", string.Create(CultureInfo.InvariantCulture,
            $"网址（含查询条件）超过 {request.HttpContext.RequestServices.GetRequiredService<IOptions<JixiaoOptions>>().Value.MaxUrlLength / 1024} KB 的上限，请缩短检索词或减少筛选条件"), UrlTooLongCode),
        StatusCodes.Status415UnsupportedMediaType when request.Path.StartsWithSegments("/api/imports", StringComparison.OrdinalIgnoreCase) =>
            ("请求格式不受支持", "请以 multipart/form-data 上传文件（字段 file；可选 regionCode、regionName）", "IMPORT-NOT-MULTIPART"),
        StatusCodes.Status415UnsupportedMediaType => ("请求格式不受支持", "请求体格式不受支持：请以 application/json（UTF-8）发送", "REQUEST-UNSUPPORTED-MEDIA-TYPE"),
        StatusCodes.Status503ServiceUnavailable => ("服务暂时不可用", "服务暂时不可用，请稍后再试", "SERVICE-UNAVAILABLE"),
        >= 500 => ("服务器出错", "服务器处理请求时出错，请稍后再试；问题持续时请联系管理员", "SERVER-ERROR"),
        _ => ("请求未能完成", string.Create(CultureInfo.InvariantCulture, $"请求未能完成（状态 {status}）"), "REQUEST-FAILED"),
    };

    private static async Task WriteProblemAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var (title, detail, code) = Describe(status, context.Request);
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } };
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary>The request target as sent (path and query, still escaped) where the server knows it.</summary>
    private static long TargetLength(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw.Length
            : context.Request.PathBase.Value!.Length + context.Request.Path.Value!.Length + (context.Request.QueryString.Value?.Length ?? 0);
}
