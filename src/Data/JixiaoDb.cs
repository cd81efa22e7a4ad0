using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        DatabaseProvider.Postgres => builder.UseNpgsql(settings.ConnectionString),
        _ => builder.UseSqlite(settings.ConnectionString),
    };

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
        services.AddDbContext<JixiaoDbContext>(options => Configure(options, settings));
        return services;
    }
}
