using System.Globalization;
using Jixiao.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jixiao.Cli;

/// <summary>
/// The database a command works on: the options, else the environment variables the web app reads
/// through ASP.NET Core configuration (Database:Provider, ConnectionStrings:Jixiao), else
/// <see cref="DatabaseSettings.Default"/>; so `jixiao migrate` and the web app agree. The description
/// names the server or file, never the password.
/// </summary>
internal sealed record DatabaseTarget(DatabaseSettings? Settings, string Description, string? Error)
{
    public const string ProviderVariable = "Database__Provider";
    public const string ConnectionVariable = "ConnectionStrings__Jixiao";

    public static DatabaseTarget Resolve(string? provider, string? connection, Func<string, string?> environment)
    {
        var (providerText, providerSource) = provider is not null ? (provider, "--provider") : (Present(environment(ProviderVariable)), ProviderVariable);
        DatabaseProvider kind;
        if (providerText is null)
        {
            kind = DatabaseSettings.Default.Provider;
        }
        else if (DatabaseProviderNames.Parse(providerText) is { } parsed)
        {
            kind = parsed;
        }
        else
        {
            return Failed($"数据库类型 {providerText}（{providerSource}）无效，应为 sqlite 或 postgres / unknown database provider {providerText} ({providerSource}): use sqlite or postgres");
        }

        var (text, source) = connection is not null ? (connection, "--connection") : (Present(environment(ConnectionVariable)), ConnectionVariable);
        if (text is null)
        {
            if (kind != DatabaseProvider.Sqlite)
            {
                return Failed($"PostgreSQL 需要连接字符串：--connection 或环境变量 {ConnectionVariable} / PostgreSQL needs a connection string: --connection or {ConnectionVariable}");
            }

            text = DatabaseSettings.Default.ConnectionString;
        }

        try
        {
            return new DatabaseTarget(new DatabaseSettings(kind, text), Describe(kind, text), null);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return Failed($"连接字符串无效（{source}）：{e.Message} / invalid {kind} connection string ({source})");
        }
    }

    /// <summary>The same database, but a SQLite file that does not exist is an error instead of being created.</summary>
    public DatabaseSettings WithoutCreating()
    {
        if (Settings is not { Provider: DatabaseProvider.Sqlite } settings)
        {
            return Settings!;
        }

        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        return settings with { ConnectionString = builder.ConnectionString };
    }

    private static string Describe(DatabaseProvider kind, string connectionString)
    {
        if (kind == DatabaseProvider.Sqlite)
        {
            return $"SQLite {new SqliteConnectionStringBuilder(connectionString).DataSource}";
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new ArgumentException("Host is missing");
        }

        return string.Create(CultureInfo.InvariantCulture, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}");
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static DatabaseTarget Failed(string message) => new(null, "", message);
}
