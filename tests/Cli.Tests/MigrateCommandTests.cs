using Jixiao.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jixiao.Cli.Tests;

public class MigrateCommandTests
{
    private static readonly string[] SqliteNames = [.. Migrator.Scripts(DatabaseProvider.Sqlite).Select(s => s.Name)];

    [Fact]
    public void Migrate_EmptySqliteFile_AppliesEveryScriptThenIsUpToDate()
    {
        var connection = SqliteConnection();

        var first = CliRunner.Run("migrate", "--connection", connection);
        var second = CliRunner.Run("migrate", "--connection", connection);

        Assert.Equal(0, first.Exit);
        Assert.Equal("", first.Err);
        Assert.Contains("0001_initial", SqliteNames);
        Assert.Contains("0002_indicator_placed_under", SqliteNames);
        Assert.Contains($"已应用迁移 {SqliteNames.Length} 个：\n  {string.Join("\n  ", SqliteNames)}\n", first.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        // The version is the last script's number (numbers may skip one a branch holds back).
        Assert.Contains($"当前数据库版本：{int.Parse(SqliteNames[^1][..4], System.Globalization.CultureInfo.InvariantCulture)}（{SqliteNames[^1]}）", first.Out, StringComparison.Ordinal);
        Assert.Equal(SqliteNames, History(connection));
        Assert.Equal(0, second.Exit);
        Assert.Equal("", second.Err);
        Assert.Contains("数据库已是最新，无需迁移", second.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("已应用迁移", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_Status_ListsPendingWithoutApplyingThenApplied()
    {
        var connection = SqliteConnection();
        File.WriteAllBytes(new SqliteConnectionStringBuilder(connection).DataSource, []); // an empty SQLite database

        var before = CliRunner.Run("migrate", "--status", "--connection", connection);
        var tables = History(connection);
        CliRunner.Run("migrate", "--connection", connection);
        var after = CliRunner.Run("migrate", "--status", "--connection", connection);

        Assert.Equal(1, before.Exit);
        Assert.Equal(SqliteNames, Lines(before.Out).Where(l => l.TrimEnd().EndsWith("  待应用", StringComparison.Ordinal)).Select(l => l.Trim().Split(' ')[0]));
        Assert.Contains($"待应用迁移 {SqliteNames.Length} 个", before.Out, StringComparison.Ordinal);
        Assert.Contains("当前数据库版本：0（尚未迁移）", before.Out, StringComparison.Ordinal);
        Assert.Empty(tables);
        Assert.Equal(0, after.Exit);
        Assert.DoesNotContain("待应用", after.Out, StringComparison.Ordinal);
        Assert.All(SqliteNames, name => Assert.Matches($@"{name}\s+已应用 \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC", after.Out));
    }

    [Fact]
    public void Migrate_StatusOfMissingSqliteFile_ExitsTwoAndCreatesNothing()
    {
        var connection = SqliteConnection();

        var (exit, _, error) = CliRunner.Run("migrate", "--status", "--connection", connection);

        Assert.Equal(2, exit);
        Assert.Contains("无法连接数据库", Assert.Single(Lines(error)), StringComparison.Ordinal);
        Assert.False(File.Exists(new SqliteConnectionStringBuilder(connection).DataSource));
    }

    [Fact]
    public void Migrate_DatabaseNewerThanBuild_RefusedOnOneLineAndExitsTwo()
    {
        var connection = SqliteConnection();
        CliRunner.Run("migrate", "--connection", connection);
        Execute(connection, "INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, '9999_future', 'x')");

        var migrate = CliRunner.Run("migrate", "--connection", connection);
        var status = CliRunner.Run("migrate", "--status", "--connection", connection);

        Assert.Equal(2, migrate.Exit);
        var line = Assert.Single(Lines(migrate.Err));
        Assert.Contains("数据库结构版本 9999 高于本程序", line, StringComparison.Ordinal);
        Assert.Contains("[DATA-DATABASE-NEWER]", line, StringComparison.Ordinal);
        Assert.Equal(2, status.Exit);
        Assert.Contains("9999_future", status.Out, StringComparison.Ordinal);
        Assert.Contains("本程序不认识此版本", status.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--provider", "mysql", "数据库类型 mysql（--provider）无效，应为 sqlite 或 postgres")]
    [InlineData("--provider", "postgres", "PostgreSQL 需要连接字符串")]
    [InlineData("--connection", "Host=127.0.0.1", "连接字符串无效（--connection）")]
    public void Migrate_BadSettings_ChineseMessageAndExitsTwo(string option, string value, string message)
    {
        var (exit, output, error) = CliRunner.Run("migrate", option, value);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(message, Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres", "Host=127.0.0.1;Port=1;Username=jixiao;Password=secret-word;Database=jixiao;Timeout=5")]
    [InlineData("sqlite", "Data Source=/nonexistent/目录/jixiao.db")]
    public void Migrate_UnreachableDatabase_OneLineWithoutStackTraceAndExitsTwo(string provider, string connection)
    {
        var (exit, _, error) = CliRunner.Run("migrate", "--provider", provider, "--connection", connection);

        Assert.Equal(2, exit);
        var line = Assert.Single(Lines(error));
        Assert.StartsWith("无法连接数据库", line, StringComparison.Ordinal);
        Assert.Contains("cannot connect to the database", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-word", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_Postgres_AppliesEveryScriptThenIsUpToDate()
    {
        var admin = Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Skip("PostgreSQL tests need JIXIAO_TEST_POSTGRES (a connection string to a server where databases may be created)");
        }

        var name = $"jixiao_cli_test_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
            var names = Migrator.Scripts(DatabaseProvider.Postgres).Select(s => s.Name).ToList();

            var first = CliRunner.Run("migrate", "--provider", "postgres", "--connection", connection);
            var second = CliRunner.Run("migrate", "--provider", "postgres", "--connection", connection);

            Assert.Equal(0, first.Exit);
            Assert.Equal("", first.Err);
            Assert.Contains($"数据库：PostgreSQL 127.0.0.1:5432/{name}", first.Out, StringComparison.Ordinal);
            Assert.All(names, n => Assert.Contains($"  {n}\n", first.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal));
            Assert.Equal(0, second.Exit);
            Assert.Contains("数据库已是最新，无需迁移", second.Out, StringComparison.Ordinal);
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand("SELECT name FROM schema_migrations ORDER BY version", db);
            var history = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
            {
                while (await reader.ReadAsync(TestContext.Current.CancellationToken))
                {
                    history.Add(reader.GetString(0));
                }
            }

            Assert.Equal(names, history);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    [Fact]
    public void Resolve_NoOptions_EnvironmentThenDefault()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DatabaseTarget.ProviderVariable] = "Postgres",
            [DatabaseTarget.ConnectionVariable] = "Host=db.example;Database=jixiao;Password=p",
        };

        var fromEnvironment = DatabaseTarget.Resolve(null, null, environment.GetValueOrDefault);
        var fromOptions = DatabaseTarget.Resolve("sqlite", "Data Source=x.db", environment.GetValueOrDefault);
        var fromNothing = DatabaseTarget.Resolve(null, null, _ => null);

        Assert.Equal(new DatabaseSettings(DatabaseProvider.Postgres, "Host=db.example;Database=jixiao;Password=p"), fromEnvironment.Settings);
        Assert.Equal("PostgreSQL db.example:5432/jixiao", fromEnvironment.Description);
        Assert.Equal(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=x.db"), fromOptions.Settings);
        Assert.Equal(DatabaseSettings.Default, fromNothing.Settings);
    }

    private static string SqliteConnection()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jixiao-cli-tests"));
        return $"Data Source={Path.Combine(dir.FullName, $"migrate-{Guid.NewGuid():N}.db")};Pooling=False";
    }

    private static List<string> History(string connection)
    {
        using var db = new SqliteConnection(connection);
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT name FROM schema_migrations ORDER BY version";
        try
        {
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }
        catch (SqliteException) // no such table
        {
            return [];
        }
    }

    private static void Execute(string connection, string sql)
    {
        using var db = new SqliteConnection(connection);
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
