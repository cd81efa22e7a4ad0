using Jixiao.Data;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Startup;

/// <summary>
/// On start: bring the schema up to date (always for the embedded SQLite default; for PostgreSQL in
/// Development or when Database:MigrateOnStart is true, else `jixiao migrate` does it), then load
/// the sample documents into an empty database.
/// </summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Jixiao.Startup");
        var migrate = db.Provider == DatabaseProvider.Sqlite || app.Environment.IsDevelopment() || app.Configuration.GetValue("Database:MigrateOnStart", false);
        if (migrate)
        {
            var result = await Migrator.MigrateAsync(db);
            if (result.Error is { } error)
            {
                throw new InvalidOperationException($"{error.MessageZh} / {error.MessageEn}");
            }

            if (result.Value!.Count > 0)
            {
                logger.LogInformation("数据库已升级到版本 {Versions}", string.Join(", ", result.Value));
            }
        }

        var options = scope.ServiceProvider.GetRequiredService<IOptions<JixiaoOptions>>().Value;
        if (options.LoadSamples && SampleData.Folder(options, app.Environment) is { } folder)
        {
            await SampleData.LoadAsync(db, folder, scope.ServiceProvider.GetRequiredService<Sheets.RuleSetChoice>(), logger, options.PublishSamples);
        }

        await FirstUsers.CreateAsync(db, options, logger);
    }
}
