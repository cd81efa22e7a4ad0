using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Jixiao.Data;

/// <summary>Which database, and where: SQLite in a file next to the app unless told otherwise.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings Default { get; } = new(DatabaseProvider.Sqlite, "Data Source=jixiao.db");
}

/// <summary>Setting up the context: for the hosts (<see cref="AddData"/>) and for tools and tests.</summary>
public static class JixiaoDb
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseSettings settings) => settings.Provider switch
    {
        DatabaseProvider.Postgres => builder.UseNpgsql(Tuned(settings.ConnectionString)),
        _ => builder.UseSqlite(DatabaseBusy.WithSqliteTimeout(settings.ConnectionString)),
    };

    /// <summary>
    /// The PostgreSQL connection string with two settings for an app that runs the same few
    /// statements all day, unless the string sets them itself:
    /// Max Auto Prepare=64 (a prepared statement is neither parsed nor planned again; a list page's
    /// statement plans in ~0.3 ms, longer than it runs) and No Reset On Close=true (the app sets no
    /// session state, so a pooled connection need not be reset each time it is handed out).
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var named = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!named.ContainsKey("Max Auto Prepare") && !named.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!named.ContainsKey("No Reset On Close") && !named.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    public static JixiaoDbContext Create(DatabaseSettings settings, TimeProvider? clock = null)
    {
        var builder = new DbContextOptionsBuilder<JixiaoDbContext>();
        Configure(builder, settings);
        return new JixiaoDbContext(builder.Options, clock ?? TimeProvider.System);
    }

    /// <summary>Registers <see cref="JixiaoDbContext"/> (scoped) and the system clock unless one is registered.</summary>
    public static IServiceCollection AddData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Options are built once (the connection string tuned once), not for every request's context.
        services.AddDbContext<JixiaoDbContext>(options => Configure(options, settings), optionsLifetime: ServiceLifetime.Singleton);
        return services;
    }
}
