using Jixiao.Core.Review;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteFindingStoreTests() : FindingStoreTests(DatabaseProvider.Sqlite);

public sealed class PostgresFindingStoreTests() : FindingStoreTests(DatabaseProvider.Postgres);

public abstract class FindingStoreTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReplaceAsync_ReviewOfStoredSheet_FindingsStoredBesideTheirRows()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var saved = await SaveAsync(database, Seeds.All[1]);
        await using var db = database.NewContext();
        var project10 = await db.Sheets.Where(s => saved.SheetIds.Contains(s.Id) && s.ProjectName == "编制外长期聘用人员支出").Select(s => s.Id).SingleAsync(Ct);
        var sheet = (await SheetStore.LoadAsync(db, project10, Ct)).Value!.Sheet;
        var findings = RuleEngine.Default.Review(sheet);

        var stored = await FindingStore.ReplaceAsync(db, project10, sheet, findings, Ct);

        Assert.Equal(findings.Count, stored.Value);
        await using var check = database.NewContext();
        var rows = await FindingStore.ListAsync(check, project10, Ct);
        var cost = Assert.Single(rows, f => f.RuleId == "MNY-COST-OVER-BUDGET");
        Assert.Equal(FindingSeverity.Error, cost.Severity);
        Assert.Contains("26.97", cost.Message, StringComparison.Ordinal);
        var indicator = await check.Indicators.SingleAsync(i => i.Id == cost.IndicatorId, Ct);
        Assert.Equal(project10, indicator.SheetId);
        Assert.Equal(cost.IndicatorName, indicator.Name);
        Assert.Equal(FakeClock.Start, cost.ReviewedAt);
    }

    [Fact]
    public async Task ReplaceAsync_SecondReview_OnlyTheLatestIsKept()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var saved = await SaveAsync(database, Seeds.All[4]);
        var id = saved.SheetIds[1];
        await using var db = database.NewContext();
        var sheet = (await SheetStore.LoadAsync(db, id, Ct)).Value!.Sheet;
        var findings = RuleEngine.Default.Review(sheet);
        Assert.NotEmpty(findings);
        await FindingStore.ReplaceAsync(db, id, sheet, findings, Ct);

        await FindingStore.ReplaceAsync(db, id, sheet, [findings[0]], Ct);

        await using var check = database.NewContext();
        var rows = await FindingStore.ListAsync(check, id, Ct);
        Assert.Equal(findings[0].RuleId, Assert.Single(rows).RuleId);
    }

    [Fact]
    public async Task ReplaceAsync_ReviewedSheets_ListCountsThemBySeverity()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var saved = await SaveAsync(database, Seeds.All[4]);
        var expected = new Dictionary<long, FindingCounts>();
        await using (var db = database.NewContext())
        {
            foreach (var id in saved.SheetIds)
            {
                var sheet = (await SheetStore.LoadAsync(db, id, Ct)).Value!.Sheet;
                var findings = RuleEngine.Default.Review(sheet);
                await FindingStore.ReplaceAsync(db, id, sheet, findings, Ct);
                if (findings.Count > 0)
                {
                    expected[id] = new FindingCounts(
                        findings.Count(f => f.Severity == Severity.Error),
                        findings.Count(f => f.Severity == Severity.Warning),
                        findings.Count(f => f.Severity == Severity.Info));
                }
            }
        }

        await using var check = database.NewContext();
        var listed = (await SheetSearch.QueryAsync(check, new SheetQuery { PageSize = SheetQuery.MaxPageSize }, Ct)).Value!.Items;
        var counts = listed.Where(i => i.Findings != FindingCounts.None).ToDictionary(i => i.Id, i => i.Findings);

        Assert.Equal(saved.SheetIds, listed.Select(i => i.Id));
        Assert.Equal(expected.OrderBy(p => p.Key), counts.OrderBy(p => p.Key));
        Assert.Contains(counts.Values, c => c.Errors > 0);
    }

    [Fact]
    public async Task ReplaceAsync_UnknownSheet_NotFoundAndNothingStored()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var sheet = Seeds.Read(Seeds.All[0]).Sheets[0];

        var result = await FindingStore.ReplaceAsync(db, 999_999, sheet, RuleEngine.Default.Review(sheet), Ct);

        Assert.Equal(DataErrorCode.NotFound, result.Error?.Code);
        Assert.Contains("找不到", result.Error?.MessageZh, StringComparison.Ordinal);
        Assert.Equal(0, await db.ReviewFindings.CountAsync(Ct));
    }

    private static async Task<SavedDocument> SaveAsync(TestDatabase database, string seed)
    {
        await using var db = database.NewContext();
        return await Seeds.SaveAsync(db, seed);
    }
}
