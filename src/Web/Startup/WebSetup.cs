using System.Text.Encodings.Web;
using System.Text.Unicode;
using Jixiao.Data;

namespace Jixiao.Web.Startup;

/// <summary>Every service the app registers, explicitly, in one place.</summary>
public static class WebSetup
{
    public static WebApplicationBuilder AddJixiaoWeb(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JixiaoOptions>(builder.Configuration.GetSection("Jixiao"));
        builder.Services.AddData(DatabaseSetup.Read(builder.Configuration, builder.Environment));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();

        // Chinese text is written as itself, not as &#x...; entities: pages stay readable and small.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return builder;
    }

    public static WebApplication UseJixiaoWeb(this WebApplication app)
    {
        // Unexpected errors (bugs, a database that went away) become ProblemDetails on the API and
        // the error page in the browser; bad input never gets this far.
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = _ => StatusCodes.Status500InternalServerError });
        app.UseStatusCodePages();
        app.UseAntiforgery();
        return app;
    }
}
