using Jixiao.Core.Targets;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteSheetStoreTests() : SheetStoreTests(DatabaseProvider.Sqlite);

public sealed class PostgresSheetStoreTests() : SheetStoreTests(DatabaseProvider.Postgres);

public abstract class SheetStoreTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateAsync_EditedSheet_LoadsEditedAtNextVersion()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await SaveFirstSheetAsync(database, Seeds.All[3]);
        TargetSheet edited;
        await using (var db = database.NewContext())
        {
            var stored = (await SheetStore.LoadAsync(db, id, Ct)).Value!;
            edited = stored.Sheet with
            {
                ProjectName = "就业补助资金（调整）",
                Department = "六枝特区就业局",
                Goals = [.. stored.Sheet.Goals.Skip(1)],
                Indicators = [.. stored.Sheet.Indicators, stored.Sheet.Indicators[0] with { Name = "新增指标", Weight = 5m }],
                Budget = null,
                Sources = new Dictionary<string, SourcePosition> { ["Title"] = SourcePosition.Line(1) },
            };
            database.Clock.Now = FakeClock.Start.AddDays(1);

            var updated = await SheetStore.UpdateAsync(db, id, stored.Version, edited, Ct);

            Assert.Equal(2, updated.Value);
        }

        await using (var db = database.NewContext())
        {
            var loaded = (await SheetStore.LoadAsync(db, id, Ct)).Value!;
            Assert.Equal(2, loaded.Version);
            SheetAssert.Equal(edited, loaded.Sheet);
            var row = await db.Sheets.SingleAsync(s => s.Id == id, Ct);
            Assert.Equal(FakeClock.Start.AddDays(1), row.SavedAt);
            Assert.Equal(edited.Indicators.Count, row.IndicatorCount);
            Assert.Contains(await db.Organisations.Select(o => o.Name).ToListAsync(Ct), n => n == "六枝特区就业局");
        }
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_ConflictAndNothingChanged()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await SaveFirstSheetAsync(database, Seeds.All[2]);
        await using var db = database.NewContext();
        var stored = (await SheetStore.LoadAsync(db, id, Ct)).Value!;
        Assert.True((await SheetStore.UpdateAsync(db, id, stored.Version, stored.Sheet with { Title = "第一次修改" }, Ct)).IsOk);

        await using var other = database.NewContext();
        var second = await SheetStore.UpdateAsync(other, id, stored.Version, stored.Sheet with { Title = "第二次修改" }, Ct);

        Assert.Equal(DataErrorCode.ConcurrencyConflict, second.Error?.Code);
        Assert.Contains("已被他人修改", second.Error?.MessageZh);
        await using var check = database.NewContext();
        Assert.Equal("第一次修改", (await SheetStore.LoadAsync(check, id, Ct)).Value!.Sheet.Title);
    }

    [Fact]
    public async Task SaveChanges_EditRacingAnotherEdit_ConcurrencyTokenRefusesIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await SaveFirstSheetAsync(database, Seeds.All[2]);
        await using var slow = database.NewContext();
        var entity = await slow.Sheets.SingleAsync(s => s.Id == id, Ct);
        await using (var fast = database.NewContext())
        {
            var stored = (await SheetStore.LoadAsync(fast, id, Ct)).Value!;
            Assert.True((await SheetStore.UpdateAsync(fast, id, stored.Version, stored.Sheet with { Title = "先到" }, Ct)).IsOk);
        }

        entity.Title = "后到";
        entity.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => slow.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task UpdateAsync_MissingSheet_NotFound()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        var result = await SheetStore.UpdateAsync(db, 404, 1, Seeds.Read(Seeds.All[0]).Sheets[0], Ct);

        Assert.Equal(DataErrorCode.NotFound, result.Error?.Code);
        Assert.Equal(DataErrorCode.NotFound, (await SheetStore.LoadAsync(db, 404, Ct)).Error?.Code);
    }

    [Fact]
    public async Task UpdateAsync_IndicatorKeptInPlace_FindingKeepsItsIndicator()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await SaveFirstSheetAsync(database, Seeds.All[0]);
        await using var db = database.NewContext();
        var indicators = await db.Indicators.Where(i => i.SheetId == id).OrderBy(i => i.Ordinal).ToListAsync(Ct);
        db.ReviewFindings.AddRange(Finding(id, indicators[0]), Finding(id, indicators[^1]));
        await db.SaveChangesAsync(Ct);
        var stored = (await SheetStore.LoadAsync(db, id, Ct)).Value!;

        var shorter = stored.Sheet with { Indicators = [.. stored.Sheet.Indicators.SkipLast(1)] };
        Assert.True((await SheetStore.UpdateAsync(db, id, stored.Version, shorter, Ct)).IsOk);

        await using var check = database.NewContext();
        var findings = await check.ReviewFindings.OrderBy(f => f.Id).ToListAsync(Ct);
        Assert.Equal(indicators[0].Id, findings[0].IndicatorId);
        Assert.Null(findings[1].IndicatorId);
        Assert.Equal(indicators[^1].Name, findings[1].IndicatorName);
    }

    [Fact]
    public async Task SaveChanges_FindingWithUnknownSeverity_Refused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await SaveFirstSheetAsync(database, Seeds.All[0]);
        await using var db = database.NewContext();
        db.ReviewFindings.Add(new ReviewFindingEntity { SheetId = id, RuleId = "VAL-UNIT-RATE-PERSON", Severity = "fatal", Message = "就业率不应以人计" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    private static ReviewFindingEntity Finding(long sheetId, IndicatorEntity indicator) => new()
    {
        SheetId = sheetId,
        RuleId = "VAL-UNIT-RATE-PERSON",
        Severity = FindingSeverity.Warning,
        IndicatorId = indicator.Id,
        IndicatorName = indicator.Name,
        Position = indicator.Position,
        Message = "比率类指标以人为单位",
        Why = "就业率应为百分比",
        Fix = "改为百分比",
        ReviewedAt = FakeClock.Start,
    };

    private static async Task<long> SaveFirstSheetAsync(TestDatabase database, string seed)
    {
        await using var db = database.NewContext();
        return (await Seeds.SaveAsync(db, seed)).SheetIds[0];
    }
}
