using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jixiao.Data.Tests;

public sealed class SqliteMigrationTests() : MigrationTests(DatabaseProvider.Sqlite);

public sealed class PostgresMigrationTests() : MigrationTests(DatabaseProvider.Postgres);

public abstract class MigrationTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_SchemaIsWhatTheModelCreates()
    {
        var (migrated, model) = await BothSchemasAsync(_ => Task.CompletedTask);

        Assert.Equal(model, migrated);
        Assert.Contains(model, l => l.StartsWith("column sheets.search_text ", StringComparison.Ordinal));
        Assert.True(model.Count > 200, $"only {model.Count} schema lines read");
    }

    [Theory]
    [InlineData("ALTER TABLE goals DROP COLUMN text")]
    [InlineData("DROP INDEX ix_sheets_fiscal_year")]
    [InlineData("ALTER TABLE sheets ADD COLUMN reviewer text")]
    public async Task MigrateAsync_SchemaDriftingFromModel_ComparisonFails(string drift)
    {
        var (migrated, model) = await BothSchemasAsync(db => db.Database.ExecuteSqlRawAsync(drift, Ct));

        Assert.NotEqual(model, migrated);
    }

    [Fact]
    public async Task MigrateAsync_Twice_SecondRunAppliesNothing()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var db = database.NewContext();

        var first = await Migrator.MigrateAsync(db, Ct);
        var second = await Migrator.MigrateAsync(db, Ct);

        Assert.Equal(Migrator.Scripts(provider).Select(s => s.Version), first.Value!);
        Assert.Empty(second.Value!);
    }

    [Fact]
    public async Task MigrateAsync_AppliedScriptEditedSince_Refused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await db.Database.ExecuteSqlRawAsync("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1", Ct);

        var result = await Migrator.MigrateAsync(db, Ct);
        var status = await Migrator.StatusAsync(db, Ct);

        Assert.Equal(DataErrorCode.MigrationChanged, result.Error?.Code);
        Assert.Contains("已被修改", result.Error?.MessageZh);
        Assert.Equal(DataErrorCode.MigrationChanged, status.Error?.Code);
    }

    [Fact]
    public async Task StatusAsync_BeforeAndAfterMigrating_AllPendingThenAllApplied()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var db = database.NewContext();
        var versions = Migrator.Scripts(provider).Select(s => s.Version).ToList();

        var before = await Migrator.StatusAsync(db, Ct);
        await Migrator.MigrateAsync(db, Ct);
        var after = await Migrator.StatusAsync(db, Ct);

        Assert.Empty(before.Applied);
        Assert.Equal(versions, before.Pending.Select(s => s.Version));
        Assert.Equal(0, before.CurrentVersion);
        Assert.Empty(after.Pending);
        Assert.Equal(versions, after.Applied.Select(a => a.Version));
        Assert.Equal(versions[^1], after.CurrentVersion);
        Assert.Null(after.Error);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", after.Applied[0].AppliedAt);
    }

    [Fact]
    public async Task MigrateAsync_DatabaseNewerThanBuild_Refused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, '9999_future', 'x')", Ct);

        var result = await Migrator.MigrateAsync(db, Ct);

        Assert.Equal(DataErrorCode.DatabaseNewer, result.Error?.Code);
    }

    [Fact]
    public async Task MigrateAsync_From0002WithData_CountsFilledGenerationAndSnapshotsReady()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var db = database.NewContext();
        Assert.Equal([1, 2], (await Migrator.MigrateAsync(db, 2, Ct)).Value!);
        var (no, now, bytes) = provider == DatabaseProvider.Sqlite ? ("0", "0", "x'01'") : ("false", "now()", "'\\x01'::bytea");
        await db.Database.ExecuteSqlRawAsync(
            $"""
            INSERT INTO source_documents (file_name, media_type, source, content, sha256, size_bytes, imported_at) VALUES ('旧.txt', 'text/plain', '旧.txt', {bytes}, 'h', 1, {now});
            INSERT INTO sheets (document_id, ordinal, kind, framework, has_budget, position, search_text, version, saved_at)
                VALUES (1, 0, 'Project', 'V88', {no}, 'L1', '旧项目', 3, {now});
            INSERT INTO indicators (sheet_id, ordinal, level1, name, value_sign, value_qualitative, value_flags, position)
                VALUES (1, 0, '产出指标', '培训人数', 'GreaterOrEqual', {no}, 0, 'L2'), (1, 1, '满意度指标', '满意度', 'GreaterOrEqual', {no}, 0, 'L3');
            INSERT INTO review_findings (sheet_id, rule_id, severity, message, reviewed_at)
                VALUES (1, 'A', 'error', '错', {now}), (1, 'B', 'warning', '警', {now}), (1, 'C', 'warning', '警', {now});
            """.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal),
            Ct);

        Assert.Equal(Migrator.Scripts(provider).Select(s => s.Version).Where(v => v > 2), (await Migrator.MigrateAsync(db, Ct)).Value!);
        Assert.Null(await db.Documents.Select(d => d.TextSha256).SingleAsync(Ct));

        var sheet = await db.Sheets.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((2, 1, 2, 0), (sheet.IndicatorCount, sheet.ErrorCount, sheet.WarningCount, sheet.InfoCount));
        Assert.NotNull(await DataGeneration.ReadAsync(db, Ct));
        var served = await SheetSnapshots.ReadAsync(db, sheet.Id, Ct);
        Assert.Contains("培训人数", served.Value!.Json, StringComparison.Ordinal);
        Assert.Equal(3, served.Value.Version);
        Assert.Equal(1, await db.SheetSnapshots.CountAsync(Ct));
    }

    [Fact]
    public async Task MigrateAsync_From0007WithAnOverride_KeptAsANotApplicableMarkMatchedByPosition()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var db = database.NewContext();
        Assert.Equal(Enumerable.Range(1, 7), (await Migrator.MigrateAsync(db, 7, Ct)).Value!);
        var (no, now, bytes) = provider == DatabaseProvider.Sqlite ? ("0", "0", "x'01'") : ("false", "now()", "'\\x01'::bytea");
        await db.Database.ExecuteSqlRawAsync(
            $"""
            INSERT INTO regions (code, name) VALUES ('630123', '湟源县');
            INSERT INTO source_documents (file_name, media_type, source, content, sha256, size_bytes, imported_at) VALUES ('旧.txt', 'text/plain', '旧.txt', {bytes}, 'h', 1, {now});
            INSERT INTO sheets (document_id, ordinal, kind, framework, has_budget, position, search_text, version, saved_at)
                VALUES (1, 0, 'Project', 'V88', {no}, 'L1', '旧项目', 3, {now});
            INSERT INTO finding_overrides (sheet_id, rule_id, place, reason, user_id, user_name, created_at)
                VALUES (1, 'MNY-COST-OVER-BUDGET', '旧.txt:L9', '已与单位核实', NULL, 'zhuguan', {now});
            """.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal),
            Ct);

        Assert.Contains(8, (await Migrator.MigrateAsync(db, Ct)).Value!);

        var mark = await db.FindingMarks.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((1L, "MNY-COST-OVER-BUDGET", "", (string?)null, "旧.txt:L9", Core.Workflow.MarkStatus.NotApplicable, "已与单位核实", "zhuguan"),
            (mark.SheetId, mark.RuleId, mark.Cause, mark.RowKey, mark.Position, mark.Status, mark.Reason, mark.UserName));
        var region = await db.Regions.AsNoTracking().SingleAsync(Ct);
        Assert.Equal(((string?)null, (string?)null), (region.RuleSet, region.FormLayout));
    }

    [Fact]
    public void Scripts_BothProviders_SameVersionsInStep()
    {
        var sqlite = Migrator.Scripts(DatabaseProvider.Sqlite).Select(s => s.Name);
        var postgres = Migrator.Scripts(DatabaseProvider.Postgres).Select(s => s.Name);

        Assert.Equal(sqlite, postgres);
        Assert.NotEmpty(sqlite);
    }

    /// <summary>
    /// The schema the migrations build (after <paramref name="drift"/>) and the one the model
    /// creates (what EnsureCreated runs, without its check for an empty database).
    /// </summary>
    private async Task<(List<string> Migrated, List<string> Model)> BothSchemasAsync(Func<JixiaoDbContext, Task> drift)
    {
        await using var migratedDatabase = await TestDatabase.CreateAsync(provider);
        await using var modelDatabase = await TestDatabase.CreateEmptyAsync(provider);
        await using var migratedDb = migratedDatabase.NewContext();
        await drift(migratedDb);
        await using var modelDb = modelDatabase.NewContext();
        await modelDb.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(Ct);
        return (await SchemaDescription.ReadAsync(migratedDb), await SchemaDescription.ReadAsync(modelDb));
    }
}
