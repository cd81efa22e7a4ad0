using Jixiao.Web.Startup;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Imports;

/// <summary>
/// A browser posting a file larger than the request limit to the 导入 page would get a bare 400
/// (the form cannot be read, so neither can its antiforgery token); it is sent back to the page
/// with the Chinese message instead. So is a post whose form cannot be read at all (a broken
/// multipart body) or holds no antiforgery token, which would otherwise get the framework's English
/// 400. The API answers such requests itself (413 and 400 ProblemDetails).
/// </summary>
public static class UploadLimit
{
    public const string TooLargeQuery = "error=too-large";
    public const string BadFormQuery = "error=bad-form";

    public static WebApplication UseImportUploadLimit(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/import", StringComparison.OrdinalIgnoreCase)
                && request.ContentLength > JixiaoOptions.RequestLimit(context.RequestServices.GetRequiredService<IOptions<JixiaoOptions>>().Value.MaxUploadBytes))
            {
                context.Response.Redirect("/import?" + TooLargeQuery);
                return;
            }

            if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/import", StringComparison.OrdinalIgnoreCase) && !await IsReadableFormAsync(request))
            {
                context.Response.Redirect("/import?" + BadFormQuery);
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>Whether the body is a form that can be read and carries an antiforgery token (the form is then kept for the page).</summary>
    private static async Task<bool> IsReadableFormAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return false;
        }

        try
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form.ContainsKey(request.HttpContext.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return false;
        }
    }
}
