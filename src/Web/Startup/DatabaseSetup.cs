using Jixiao.Data;

namespace Jixiao.Web.Startup;

/// <summary>
/// Which database the app uses: SQLite in the data folder unless ConnectionStrings:Jixiao and
/// Database:Provider (Sqlite | Postgres) say otherwise.
/// </summary>
public static class DatabaseSetup
{
    public static DatabaseSettings Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText)
            ? DatabaseProvider.Sqlite
            : DatabaseProviderNames.Parse(providerText)
                ?? throw new InvalidOperationException($"Database:Provider 应为 Sqlite 或 Postgres，而不是“{providerText}” / Database:Provider must be Sqlite or Postgres");
        var connection = configuration.GetConnectionString("Jixiao");
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return new DatabaseSettings(provider, connection);
        }

        if (provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("使用 PostgreSQL 时须设置 ConnectionStrings:Jixiao / ConnectionStrings:Jixiao is required for PostgreSQL");
        }

        var folder = DataFolder(configuration, environment);
        Directory.CreateDirectory(folder);
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "jixiao.db")}");
    }

    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["Jixiao:DataFolder"];
        return string.IsNullOrWhiteSpace(folder)
            ? Path.Combine(environment.ContentRootPath, "data")
            : Path.GetFullPath(folder, environment.ContentRootPath);
    }
}
