using System.Text.Encodings.Web;
using System.Text.Unicode;
using Jixiao.Data;
using Jixiao.Web.Imports;
using Jixiao.Web.Auth;
using Jixiao.Web.Exports;
using Microsoft.AspNetCore.Http.Features;

namespace Jixiao.Web.Startup;

/// <summary>Every service the app registers, explicitly, in one place.</summary>
public static class WebSetup
{
    public static WebApplicationBuilder AddJixiaoWeb(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JixiaoOptions>(builder.Configuration.GetSection("Jixiao"));
        var database = DatabaseSetup.Read(builder.Configuration, builder.Environment);
        builder.Services.AddData(database);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = BusyProblem.Customize);
        builder.Services.AddOpenApi();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddSingleton<ImportPreviews>();
        builder.Services.AddSingleton<SheetListCache>(_ => new SheetListCache());
        builder.Services.AddSingleton<Sheets.RuleSetChoice>();
        builder.Services.AddHostedService<SnapshotRefresher>();
        builder.Services.AddSingleton<RegionRereviews>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RegionRereviews>());
        builder.AddJixiaoAuth();
        builder.Services.AddHostedService<AbandonedSaves>();
        var exportFolder = ExportJobs.FolderFor(builder.Configuration["Jixiao:ExportFolder"], database);
        builder.Services.AddSingleton(services => new ExportJobs(
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JixiaoOptions>>(), services.GetRequiredService<TimeProvider>(),
            ExportJobs.FromDatabase(services.GetRequiredService<IServiceScopeFactory>()), services.GetRequiredService<ILogger<ExportJobs>>(), exportFolder));
        builder.Services.AddHostedService(services => services.GetRequiredService<ExportJobs>());

        // Uploads: a little more than the largest file, so the file's own check gives the Chinese message.
        var requestLimit = JixiaoOptions.RequestLimit(builder.Configuration.GetValue("Jixiao:MaxUploadBytes", new JixiaoOptions().MaxUploadBytes));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = requestLimit;
            kestrel.Limits.MaxRequestLineSize = StatusAnswers.KestrelRequestLineLimit;
        });
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = requestLimit);

        // Chinese text is written as itself, not as &#x...; entities: pages stay readable and small.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return builder;
    }

    public static WebApplication UseJixiaoWeb(this WebApplication app)
    {
        // Unexpected errors (bugs, a database that went away) become ProblemDetails on the API and
        // the error page in the browser; bad input never gets this far. A database locked by another
        // save is a 503 with Retry-After (BusyProblem), not an error.
        app.UseSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = BusyProblem.StatusOf });
        app.UseStatusAnswers();

        // Routing after the status pages, so a re-executed /status/{code} is routed to its page.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseImportUploadLimit();
        app.UseAntiforgery();
        return app;
    }
}
