using Jixiao.Web.Startup;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Imports;

/// <summary>
/// A browser posting a file larger than the request limit to the 导入 page would get a bare 400
/// (the form cannot be read, so neither can its antiforgery token); it is sent back to the page
/// with the Chinese message instead. The API answers such requests itself (413 ProblemDetails).
/// </summary>
public static class UploadLimit
{
    public const string TooLargeQuery = "error=too-large";

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

            await next(context);
        });
        return app;
    }
}
