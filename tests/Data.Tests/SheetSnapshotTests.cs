using System.Text;
using System.Text.Json;
using Jixiao.Core.Export;
using Jixiao.Core.Targets;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteSheetSnapshotTests() : SheetSnapshotTests(DatabaseProvider.Sqlite);

public sealed class PostgresSheetSnapshotTests() : SheetSnapshotTests(DatabaseProvider.Postgres);

/// <summary>The snapshot served for a sheet is, byte for byte, the JSON its tables give.</summary>
public abstract class SheetSnapshotTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_EverySeedSheetAfterImport_SnapshotIsTheTablesJson()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededDatabase.SeedAsync(database);
        await using var db = database.NewContext();

        var ids = await db.Sheets.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(Ct);
        Assert.Equal(46, ids.Count);
        Assert.Equal(46, await db.SheetSnapshots.CountAsync(s => s.Format == SheetSnapshots.Format, Ct));
        foreach (var id in ids)
        {
            var served = (await SheetSnapshots.ReadAsync(db, id, Ct)).Value!;
            Assert.Equal(await FromTablesAsync(db, id), served.Json);
        }
    }

    [Fact]
    public async Task ReadAsync_AfterUpdate_ServesTheNewVersion()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededDatabase.SeedAsync(database);
        await using (var db = database.NewContext())
        {
            var stored = (await SheetStore.LoadAsync(db, 3, Ct)).Value!;
            var edited = stored.Sheet with
            {
                ProjectName = "快照测试项目",
                Indicators = [.. stored.Sheet.Indicators.Skip(1), stored.Sheet.Indicators[0] with { Name = "新增指标" }],
            };
            Assert.Equal(2, (await SheetStore.UpdateAsync(db, 3, stored.Version, edited, Ct)).Value);
        }

        await using var check = database.NewContext();
        var served = (await SheetSnapshots.ReadAsync(check, 3, Ct)).Value!;
        Assert.Equal(2, served.Version);
        Assert.Contains("快照测试项目", served.Json, StringComparison.Ordinal);
        Assert.Equal(await FromTablesAsync(check, 3), served.Json);
        Assert.Equal(2, await check.SheetSnapshots.Where(s => s.SheetId == 3).Select(s => s.Version).SingleAsync(Ct));
    }

    [Theory]
    [InlineData("format")]
    [InlineData("version")]
    [InlineData("missing")]
    public async Task ReadAsync_SnapshotNotCurrent_RebuiltFromTablesAndStoredAgain(string how)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededDatabase.SeedAsync(database);
        await using var db = database.NewContext();
        var sql = how switch
        {
            // Written by another build, or behind an edit made around the application.
            "format" => "UPDATE sheet_snapshots SET format = 'old', json = '{{\"kind\":\"stale\"}}' WHERE sheet_id = 5",
            "version" => "UPDATE sheets SET project_name = '绕过应用修改', search_text = search_text || '绕过应用修改', version = version + 1 WHERE id = 5",
            _ => "DELETE FROM sheet_snapshots WHERE sheet_id = 5",
        };
        await db.Database.ExecuteSqlRawAsync(sql, Ct);

        var served = (await SheetSnapshots.ReadAsync(db, 5, Ct)).Value!;

        Assert.Equal(await FromTablesAsync(db, 5), served.Json);
        Assert.DoesNotContain("stale", served.Json, StringComparison.Ordinal);
        var snapshot = await db.SheetSnapshots.AsNoTracking().SingleAsync(s => s.SheetId == 5, Ct);
        Assert.Equal(SheetSnapshots.Format, snapshot.Format);
        Assert.Equal(served.Version, snapshot.Version);
    }

    [Fact]
    public async Task RefreshStaleAsync_InBatches_RebuildsExactlyTheStaleOnes()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededDatabase.SeedAsync(database);
        await using var db = database.NewContext();
        await db.Database.ExecuteSqlRawAsync("UPDATE sheet_snapshots SET format = 'old' WHERE sheet_id IN (4, 30)", Ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM sheet_snapshots WHERE sheet_id = 17", Ct);
        await db.Database.ExecuteSqlRawAsync("UPDATE sheets SET version = version + 1 WHERE id = 46", Ct);

        var rebuilt = 0;
        var batches = 0;
        long after = 0;
        while ((await SheetSnapshots.RefreshStaleAsync(db, after, 2, Ct)) is { LastId: { } last } batch)
        {
            rebuilt += batch.Rebuilt;
            after = last;
            batches++;
        }

        Assert.Equal((4, 2), (rebuilt, batches));
        var sheets = await db.Sheets.AsNoTracking().Include(s => s.Snapshot).ToListAsync(Ct);
        Assert.All(sheets, s => Assert.Equal((SheetSnapshots.Format, s.Version), (s.Snapshot!.Format, s.Snapshot.Version)));
        Assert.Equal((0, (long?)null), await SheetSnapshots.RefreshStaleAsync(db, 0, 100, Ct));
    }

    [Fact]
    public async Task ReadAsync_UnknownSheet_NotFound()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        Assert.Equal(DataErrorCode.NotFound, (await SheetSnapshots.ReadAsync(db, 404, Ct)).Error?.Code);
    }

    [Fact]
    public async Task DeleteDocument_SnapshotsGoWithTheSheets()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededDatabase.SeedAsync(database);
        await using var db = database.NewContext();

        await db.Documents.Where(d => d.Id == 1).ExecuteDeleteAsync(Ct);

        Assert.Equal(45, await db.SheetSnapshots.CountAsync(Ct));
    }

    /// <summary>What the API wrote before snapshots: the sheet loaded from its tables, written by the contract's writer.</summary>
    private static async Task<string> FromTablesAsync(JixiaoDbContext db, long id)
    {
        var stored = (await SheetStore.LoadAsync(db, id, Ct)).Value!;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ImportJson.WriteSheet(w, stored.Sheet, id, stored.Version);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
