using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jixiao.Data;

/// <summary>A versioned SQL script of one provider: Migrations/&lt;Provider&gt;/NNNN_name.sql.</summary>
public sealed record MigrationScript(int Version, string Name, string Sql)
{
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}

/// <summary>
/// Brings a database to the schema of this build by running the provider's scripts not yet
/// recorded in schema_migrations, in order, in one transaction (docs/decisions/003-migrations.md).
/// A script already applied whose text has changed, or a database newer than this build, is
/// refused rather than guessed at.
/// </summary>
public static class Migrator
{
    public const string HistoryTable = "schema_migrations";

    public static IReadOnlyList<MigrationScript> Scripts(DatabaseProvider provider)
    {
        var prefix = $"Jixiao.Data.Migrations.{provider}.";
        var assembly = typeof(Migrator).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n, n[prefix.Length..^4]))
            .OrderBy(s => s.Version)];
    }

    /// <summary>Applies the pending scripts to the database the settings name (for `jixiao migrate`).</summary>
    public static async Task<DataResult<IReadOnlyList<int>>> MigrateAsync(DatabaseSettings settings, CancellationToken ct = default)
    {
        await using var db = JixiaoDb.Create(settings);
        return await MigrateAsync(db, ct);
    }

    /// <summary>Applies the pending scripts; returns the versions it applied.</summary>
    public static Task<DataResult<IReadOnlyList<int>>> MigrateAsync(JixiaoDbContext db, CancellationToken ct = default) =>
        MigrateAsync(db, int.MaxValue, ct);

    /// <summary>Applies the pending scripts up to version <paramref name="upTo"/> (an older schema, for upgrade tests).</summary>
    internal static async Task<DataResult<IReadOnlyList<int>>> MigrateAsync(JixiaoDbContext db, int upTo, CancellationToken ct)
    {
        var provider = db.Provider;
        var scripts = Scripts(provider).Where(s => s.Version <= upTo).ToList();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var tx = transaction.GetDbTransaction();
            await ExecuteAsync(tx, HistoryDdl(provider), ct);
            if (provider == DatabaseProvider.Postgres)
            {
                // Two app instances starting at once: the second waits, then finds nothing to do.
                // The lock is per schema, as the schema is what is migrated.
                await ExecuteAsync(tx, "SELECT pg_advisory_xact_lock(hashtext('jixiao_migrate:' || current_schema()))", ct);
            }

            var applied = await AppliedAsync(tx, ct);
            if (Check(scripts, applied) is { } error)
            {
                return error;
            }

            var done = new List<int>();
            foreach (var script in scripts.Where(s => !applied.ContainsKey(s.Version)))
            {
                await ExecuteAsync(tx, script.Sql, ct);
                await RecordAsync(tx, script, ct);
                done.Add(script.Version);
            }

            await transaction.CommitAsync(ct);
            if (provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging: readers go on reading while a sheet is saved, instead of
                // waiting for the writer's lock. Kept by the file; an in-memory database stays as it is.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }

            return DataResult<IReadOnlyList<int>>.Ok(done);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Reads schema_migrations (absent: nothing applied) and compares it with this build's scripts; changes nothing.</summary>
    public static async Task<MigrationStatus> StatusAsync(JixiaoDbContext db, CancellationToken ct = default)
    {
        var provider = db.Provider;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            var applied = new List<AppliedMigration>();
            await using (var exists = Command(connection, provider == DatabaseProvider.Postgres
                ? $"SELECT to_regclass('{HistoryTable}') IS NOT NULL"
                : $"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}')"))
            {
                if (!Convert.ToBoolean(await exists.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture))
                {
                    return new MigrationStatus(Scripts(provider), applied);
                }
            }

            var appliedAt = provider == DatabaseProvider.Postgres ? "to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')" : "applied_at";
            await using var command = Command(connection, $"SELECT version, name, checksum, {appliedAt} FROM {HistoryTable} ORDER BY version");
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                applied.Add(new AppliedMigration(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }

            return new MigrationStatus(Scripts(provider), applied);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    internal static DataError? Check(IReadOnlyList<MigrationScript> scripts, Dictionary<int, string> applied)
    {
        var known = scripts.ToDictionary(s => s.Version);
        if (applied.Keys.FirstOrDefault(v => !known.ContainsKey(v)) is var newer and > 0)
        {
            return new DataError(DataErrorCode.DatabaseNewer,
                string.Create(CultureInfo.InvariantCulture, $"数据库结构版本 {newer} 高于本程序，请升级程序"),
                string.Create(CultureInfo.InvariantCulture, $"the database has migration {newer}, unknown to this build"));
        }

        if (scripts.FirstOrDefault(s => applied.TryGetValue(s.Version, out var sum) && sum != s.Checksum) is { } changed)
        {
            return new DataError(DataErrorCode.MigrationChanged,
                $"迁移脚本 {changed.Name} 已应用于数据库，但其内容已被修改",
                $"migration {changed.Name} was applied but its script has changed since");
        }

        return null;
    }

    private static string HistoryDdl(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? $"CREATE TABLE IF NOT EXISTS {HistoryTable} (version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamp with time zone NOT NULL DEFAULT now())"
        : $"CREATE TABLE IF NOT EXISTS {HistoryTable} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)";

    private static async Task<Dictionary<int, string>> AppliedAsync(DbTransaction tx, CancellationToken ct)
    {
        await using var command = Command(tx, $"SELECT version, checksum FROM {HistoryTable}");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(ct))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task RecordAsync(DbTransaction tx, MigrationScript script, CancellationToken ct)
    {
        await using var command = Command(tx, $"INSERT INTO {HistoryTable} (version, name, checksum) VALUES (@version, @name, @checksum)");
        Add(command, "version", script.Version);
        Add(command, "name", script.Name);
        Add(command, "checksum", script.Checksum);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = Command(tx, sql);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand Command(DbTransaction tx, string sql)
    {
        var command = Command(tx.Connection!, sql);
        command.Transaction = tx;
        return command;
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static MigrationScript Read(Assembly assembly, string resource, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var version = int.Parse(fileName[..fileName.IndexOf('_', StringComparison.Ordinal)], NumberStyles.None, CultureInfo.InvariantCulture);
        return new MigrationScript(version, fileName, reader.ReadToEnd());
    }
}
