using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Jixiao.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jixiao.Cli;

/// <summary>
/// `jixiao migrate [--provider sqlite|postgres] [--connection STRING] [--status]`: brings the database
/// to this build's schema (docs/decisions/003-migrations.md), or with --status only shows what is
/// applied and pending. Exit codes: 0 done (--status: up to date); 1 --status with pending
/// migrations; 2 usage error, bad connection string, refused migration or unreachable database.
/// </summary>
internal static class MigrateCommand
{
    public const int Pending = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var provider = new Option<string?>("--provider") { Description = $"数据库类型（默认 sqlite，或环境变量 {DatabaseTarget.ProviderVariable}）", HelpName = "sqlite|postgres" };
        var connection = new Option<string?>("--connection") { Description = $"连接字符串（默认 {DatabaseSettings.Default.ConnectionString}，或环境变量 {DatabaseTarget.ConnectionVariable}）", HelpName = "STRING" };
        var status = new Option<bool>("--status") { Description = "只列出已应用和待应用的迁移，不执行" };
        var command = new Command("migrate", "将数据库升级到本程序的结构版本 / apply database migrations") { provider, connection, status };
        command.SetAction((parse, ct) =>
        {
            var target = DatabaseTarget.Resolve(parse.GetValue(provider), parse.GetValue(connection), environment);
            if (target.Error is { } error)
            {
                stderr.WriteLine(error);
                return Task.FromResult(JixiaoCommand.UsageOrUnreadable);
            }

            return ExecuteAsync(target, parse.GetValue(status), stdout, stderr, ct);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(DatabaseTarget target, bool status, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        stdout.WriteLine($"数据库：{target.Description}");

        // --status must not create a SQLite file that is not there (a mistyped path would look like an empty database).
        var settings = status ? target.WithoutCreating() : target.Settings!;
        await using var db = JixiaoDb.Create(settings);
        try
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        catch (Exception e) when (ProviderFailure(e) is { } failure)
        {
            stderr.WriteLine($"无法连接数据库 {target.Description} / cannot connect to the database {target.Description}: {OneLine(failure)}");
            return JixiaoCommand.UsageOrUnreadable;
        }

        try
        {
            return status ? await ShowStatusAsync(db, target, stdout, stderr, ct) : await MigrateAsync(db, target, stdout, stderr, ct);
        }
        catch (Exception e) when (ProviderFailure(e) is { } failure)
        {
            stderr.WriteLine($"迁移数据库 {target.Description} 失败 / migrating {target.Description} failed: {OneLine(failure)}");
            return JixiaoCommand.UsageOrUnreadable;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<int> MigrateAsync(JixiaoDbContext db, DatabaseTarget target, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var result = await Migrator.MigrateAsync(db, ct);
        if (result.Error is { } error)
        {
            WriteRefusal(stderr, target, error);
            return JixiaoCommand.UsageOrUnreadable;
        }

        var scripts = Migrator.Scripts(db.Provider);
        var applied = scripts.Where(s => result.Value!.Contains(s.Version)).ToList();
        if (applied.Count == 0)
        {
            stdout.WriteLine("数据库已是最新，无需迁移");
        }
        else
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"已应用迁移 {applied.Count} 个："));
            foreach (var script in applied)
            {
                stdout.WriteLine($"  {script.Name}");
            }
        }

        stdout.WriteLine(CurrentVersion(scripts.Count == 0 ? 0 : scripts[^1].Version, scripts));
        return 0;
    }

    private static async Task<int> ShowStatusAsync(JixiaoDbContext db, DatabaseTarget target, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var status = await Migrator.StatusAsync(db, ct);
        var known = status.Scripts.ToDictionary(s => s.Version);
        var rows = status.Applied.Select(a => (a.Version, a.Name, State: known.TryGetValue(a.Version, out var s)
                ? s.Checksum == a.Checksum ? $"已应用 {a.AppliedAt} UTC" : $"已应用 {a.AppliedAt} UTC，但脚本已被修改"
                : $"已应用 {a.AppliedAt} UTC，本程序不认识此版本"))
            .Concat(status.Pending.Select(s => (s.Version, s.Name, State: "待应用")))
            .OrderBy(r => r.Version)
            .ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Name.Length);
        stdout.WriteLine("迁移：");
        foreach (var (_, name, state) in rows)
        {
            stdout.WriteLine($"  {name.PadRight(width)}  {state}");
        }

        stdout.WriteLine(CurrentVersion(status.CurrentVersion, status.Scripts));
        if (status.Error is { } error)
        {
            WriteRefusal(stderr, target, error);
            return JixiaoCommand.UsageOrUnreadable;
        }

        if (status.Pending.Count > 0)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"待应用迁移 {status.Pending.Count} 个，运行 `jixiao migrate` 应用"));
            return Pending;
        }

        stdout.WriteLine("数据库已是最新，无需迁移");
        return 0;
    }

    private static string CurrentVersion(int version, IReadOnlyList<MigrationScript> scripts) =>
        version == 0 ? "当前数据库版本：0（尚未迁移）"
        : scripts.FirstOrDefault(s => s.Version == version) is { } script ? string.Create(CultureInfo.InvariantCulture, $"当前数据库版本：{version}（{script.Name}）")
        : string.Create(CultureInfo.InvariantCulture, $"当前数据库版本：{version}");

    private static void WriteRefusal(TextWriter stderr, DatabaseTarget target, DataError error) =>
        stderr.WriteLine($"拒绝迁移数据库 {target.Description}：{error.MessageZh} / refused to migrate {target.Description}: {error.MessageEn} [{error.CodeText}]");

    /// <summary>
    /// The provider's own error, also when EF Core's execution strategy has wrapped it as a likely
    /// transient failure (an InvalidOperationException around the NpgsqlException).
    /// </summary>
    private static DbException? ProviderFailure(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException or SqliteException)
            {
                return (DbException)e;
            }
        }

        return null;
    }

    /// <summary>The provider's message on one line, with the underlying cause (e.g. "Connection refused") when it adds one.</summary>
    private static string OneLine(DbException failure)
    {
        var cause = failure.GetBaseException();
        var text = ReferenceEquals(cause, failure) || failure.Message.Contains(cause.Message, StringComparison.Ordinal) ? failure.Message : $"{failure.Message} ({cause.Message})";
        return string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
