using System.Data.Common;
using Jixiao.Core.Review;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jixiao.Data.Tests;

public sealed class SqliteRegionReviewsTests() : RegionReviewsTests(DatabaseProvider.Sqlite);

public sealed class PostgresRegionReviewsTests() : RegionReviewsTests(DatabaseProvider.Postgres);

/// <summary>
/// A region's stored findings follow its rule set (docs/decisions/020): when the set changes, its sheets are
/// reviewed again in chunks, each sheet's findings, counts and rule set replaced together.
/// </summary>
public abstract class RegionReviewsTests(DatabaseProvider provider)
{
    private const string SetName = "测试地区规则集";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A document of <paramref name="sheets"/> sheets in 乐亭县 (130225), saved with the default's review; the rule with most findings in it.</summary>
    private static async Task<(SavedDocument Saved, string Rule, long RegionId)> SaveAsync(TestDatabase database, int sheets)
    {
        await using var db = database.NewContext();
        var review = RuleEngine.Default.Review(StoppedSaves.Document(sheets));
        var saved = (await DocumentStore.SaveReviewedAsync(db, StoppedSaves.Upload("region" + sheets), review, Ct)).Value!;
        var rule = review.Sheets.SelectMany(s => s.Findings).GroupBy(f => f.RuleId).OrderByDescending(g => g.Count()).First().Key;
        var regionId = await db.Regions.Where(r => r.Code == "130225").Select(r => r.Id).SingleAsync(Ct);
        return (saved, rule, regionId);
    }

    /// <summary>The engine a region's setting stands for: <see cref="SetName"/> switches <paramref name="off"/> off; anything else is the default.</summary>
    private static Func<string?, RuleEngine> EnginesWithout(string off)
    {
        var set = RuleSetJson.Parse($$"""{ "name": "{{SetName}}", "rules": { "{{off}}": { "enabled": false } } }""", RuleCatalogue.All).RuleSet!;
        var engine = new RuleEngine(RuleCatalogue.All, set);
        return name => name == SetName ? engine : RuleEngine.Default;
    }

    private static async Task SetRegionAsync(JixiaoDbContext db, long regionId, string? ruleSet) =>
        await db.Regions.Where(r => r.Id == regionId).ExecuteUpdateAsync(u => u.SetProperty(r => r.RuleSet, ruleSet), Ct);

    /// <summary>Per sheet: its rule set, its stored findings of <paramref name="rule"/>, and whether its counts are those of its stored findings.</summary>
    private static async Task<List<(long Id, string? RuleSet, int OfRule, bool CountsAgree)>> StateAsync(TestDatabase database, IEnumerable<long> ids, string rule)
    {
        await using var db = database.NewContext();
        var list = ids.ToList();
        var sheets = await db.Sheets.AsNoTracking().Where(s => list.Contains(s.Id)).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.FindingsRuleSet, s.ErrorCount, s.WarningCount, s.InfoCount }).ToListAsync(Ct);
        var findings = await db.ReviewFindings.AsNoTracking().Where(f => list.Contains(f.SheetId)).Select(f => new { f.SheetId, f.RuleId, f.Severity }).ToListAsync(Ct);
        return [.. sheets.Select(s =>
        {
            var own = findings.Where(f => f.SheetId == s.Id).ToList();
            var agree = (own.Count(f => f.Severity == FindingSeverity.Error), own.Count(f => f.Severity == FindingSeverity.Warning), own.Count(f => f.Severity == FindingSeverity.Info))
                == (s.ErrorCount, s.WarningCount, s.InfoCount);
            return (s.Id, s.FindingsRuleSet, own.Count(f => f.RuleId == rule), agree);
        })];
    }

    [Fact]
    public async Task ReviewAsync_RegionSetSwitchesARuleOffThenBack_StoredFindingsFollowAndItIsAudited()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (saved, rule, regionId) = await SaveAsync(database, 20);
        var engines = EnginesWithout(rule);
        var stamp = engines(SetName).RuleSet.Stamp;
        var before = await StateAsync(database, saved.SheetIds, rule);
        Assert.Contains(before, s => s.OfRule > 0);
        Assert.All(before, s => Assert.Equal(RuleSet.Default.Stamp, s.RuleSet));

        await using var db = database.NewContext();
        await SetRegionAsync(db, regionId, SetName);
        Assert.Equal(20, await RegionReviews.PendingCountAsync(db, regionId, engines, Ct));
        var off = await RegionReviews.ReviewAsync(db, Actor.System("测试"), regionId, engines, int.MaxValue, Ct);

        Assert.Equal(new RegionReviewProgress(20, 0), off);
        var after = await StateAsync(database, saved.SheetIds, rule);
        Assert.All(after, s => Assert.Equal((stamp, 0, true), (s.RuleSet, s.OfRule, s.CountsAgree)));
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditTrail.Actions.Rereview).SingleAsync(Ct);
        Assert.Contains($"按审核规则集“{SetName}”重新审核 乐亭县（130225）的 20 张目标表", audit.Summary, StringComparison.Ordinal);

        await SetRegionAsync(db, regionId, null);
        var back = await RegionReviews.ReviewAsync(db, Actor.System("测试"), regionId, engines, int.MaxValue, Ct);

        Assert.Equal(new RegionReviewProgress(20, 0), back);
        var again = await StateAsync(database, saved.SheetIds, rule);
        Assert.All(again, s => Assert.Equal((RuleSet.Default.Stamp, true), (s.RuleSet, s.CountsAgree)));
        Assert.Contains(again, s => s.OfRule > 0);

        // Each sheet's stored findings are what its page shows: a review of the stored sheet with the region's set.
        foreach (var id in saved.SheetIds)
        {
            var page = RuleEngine.Default.Review((await SheetStore.LoadAsync(db, id, Ct)).Value!.Sheet);
            Assert.Equal(page.Select(f => (f.RuleId, f.Severity.Code())), (await FindingStore.ListAsync(db, id, Ct)).Select(f => (f.RuleId, f.Severity)));
        }
    }

    [Fact]
    public async Task ReviewAsync_MoreSheetsThanAllowed_TheRestStayPendingWithTheirOldFindingsUntilTheNextRun()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (saved, rule, regionId) = await SaveAsync(database, 60);
        var engines = EnginesWithout(rule);
        var stamp = engines(SetName).RuleSet.Stamp;
        await using var db = database.NewContext();
        await SetRegionAsync(db, regionId, SetName);

        var first = await RegionReviews.ReviewAsync(db, Actor.System("测试"), regionId, engines, 7, Ct);

        Assert.Equal(new RegionReviewProgress(7, 53), first);
        var state = await StateAsync(database, saved.SheetIds, rule);
        Assert.Equal(7, state.Count(s => s.RuleSet == stamp));
        Assert.All(state, s => Assert.True(s.CountsAgree));
        Assert.Equal(await RegionReviews.Pending(db, regionId, stamp).CountAsync(Ct), state.Count(s => s.RuleSet != stamp));
        Assert.Equal(53, (await RegionReviews.PendingByRegionAsync(db, name => engines(name).RuleSet.Stamp, Ct))[regionId]);

        var rest = await RegionReviews.ReviewAsync(db, Actor.System("测试"), regionId, engines, int.MaxValue, Ct);

        Assert.Equal(new RegionReviewProgress(53, 0), rest);
        Assert.All(await StateAsync(database, saved.SheetIds, rule), s => Assert.Equal((stamp, 0, true), (s.RuleSet, s.OfRule, s.CountsAgree)));
    }

    [Fact]
    public async Task ReviewAsync_FailsInTheSecondChunk_FirstChunkWholeEveryOtherSheetAsItWasAndANewRunFinishes()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (saved, rule, regionId) = await SaveAsync(database, RegionReviews.SheetsPerChunk + 30);
        var engines = EnginesWithout(rule);
        var stamp = engines(SetName).RuleSet.Stamp;
        var before = await StateAsync(database, saved.SheetIds, rule);
        await using (var setup = database.NewContext())
        {
            await SetRegionAsync(setup, regionId, SetName);
        }

        await using (var failing = database.NewContext(new FailAfterFindingWrites(RegionReviews.SheetsPerChunk + 10)))
        {
            await Assert.ThrowsAnyAsync<InvalidOperationException>(() => RegionReviews.ReviewAsync(failing, Actor.System("测试"), regionId, engines, int.MaxValue, Ct));
        }

        var state = await StateAsync(database, saved.SheetIds, rule);
        Assert.Equal(RegionReviews.SheetsPerChunk, state.Count(s => s.RuleSet == stamp));
        Assert.All(state, s => Assert.True(s.CountsAgree));
        Assert.All(state.Where(s => s.RuleSet == stamp), s => Assert.Equal(0, s.OfRule));
        Assert.Equal(before.Where(s => state.Single(a => a.Id == s.Id).RuleSet != stamp), state.Where(s => s.RuleSet != stamp));

        await using var db = database.NewContext();
        Assert.Equal(new RegionReviewProgress(30, 0), await RegionReviews.ReviewAsync(db, Actor.System("测试"), regionId, engines, int.MaxValue, Ct));
        Assert.All(await StateAsync(database, saved.SheetIds, rule), s => Assert.Equal((stamp, 0, true), (s.RuleSet, s.OfRule, s.CountsAgree)));
    }

    [Fact]
    public async Task ReviewAsync_SheetEditedSinceItWasRead_ItsEditsReviewIsKept()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (saved, rule, regionId) = await SaveAsync(database, 3);
        var engines = EnginesWithout(rule);
        var stamp = engines(SetName).RuleSet.Stamp;
        var edited = saved.SheetIds[1];
        await using var db = database.NewContext(new EditBeforeFirstWrite(edited, stamp));
        await SetRegionAsync(db, regionId, SetName);

        var progress = await RegionReviews.ReviewAsync(db, Actor.System("测试"), regionId, engines, int.MaxValue, Ct);

        Assert.Equal(new RegionReviewProgress(2, 0), progress);
        Assert.All(await StateAsync(database, saved.SheetIds, rule), s => Assert.Equal((stamp, true), (s.RuleSet, s.CountsAgree)));
        await using var check = database.NewContext();
        Assert.Equal(0, await check.ReviewFindings.CountAsync(f => f.SheetId == edited, Ct));
        Assert.NotEqual(0, await check.ReviewFindings.CountAsync(f => f.SheetId == saved.SheetIds[0], Ct));
    }

    /// <summary>
    /// Findings stored before 0009 (no stamp) or with a bare set name (before stamps had a fingerprint, and the default
    /// before RuleCatalogue.Revision) were made by an earlier release's rules: pending whatever the region's set.
    /// </summary>
    [Fact]
    public async Task Pending_FindingsOfAnEarlierRelease_PendingWhateverTheSet()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (saved, _, regionId) = await SaveAsync(database, 3);
        await using var db = database.NewContext();
        await db.Sheets.Where(s => s.Id == saved.SheetIds[0]).ExecuteUpdateAsync(u => u.SetProperty(s => s.FindingsRuleSet, (string?)null), Ct);
        await db.Sheets.Where(s => s.Id == saved.SheetIds[1]).ExecuteUpdateAsync(u => u.SetProperty(s => s.FindingsRuleSet, RuleSet.Default.Name), Ct);

        Assert.Equal([saved.SheetIds[0], saved.SheetIds[1]], await RegionReviews.Pending(db, regionId, RuleSet.Default.Stamp).Select(s => s.Id).Order().ToListAsync(Ct));
        Assert.Equal(3, await RegionReviews.Pending(db, regionId, SetName).CountAsync(Ct));
        Assert.Equal(2, (await RegionReviews.PendingByRegionAsync(db, _ => RuleSet.Default.Stamp, Ct))[regionId]);
        Assert.Equal(3, (await RegionReviews.PendingByRegionAsync(db, _ => SetName, Ct))[regionId]);
    }

    [Fact]
    public async Task ReviewAsync_SheetsWithoutARegionOfAnEarlierRelease_ReviewedWithTheDefaultAndAudited()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (saved, rule, regionId) = await SaveAsync(database, 2);
        await using var db = database.NewContext();
        await db.Sheets.Where(s => saved.SheetIds.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.RegionId, (long?)null).SetProperty(s => s.FindingsRuleSet, RuleSet.Default.Name), Ct);
        await db.ReviewFindings.Where(f => saved.SheetIds.Contains(f.SheetId)).ExecuteDeleteAsync(Ct);
        Assert.Equal(0, (await RegionReviews.PendingByRegionAsync(db, _ => RuleSet.Default.Stamp, Ct))[regionId]);
        Assert.Equal(2, await RegionReviews.PendingWithoutRegionAsync(db, _ => RuleSet.Default.Stamp, Ct));

        var progress = await RegionReviews.ReviewAsync(db, Actor.System("重新审核"), null, _ => RuleEngine.Default, int.MaxValue, Ct);

        Assert.Equal(new RegionReviewProgress(2, 0), progress);
        Assert.Equal(0, await RegionReviews.PendingWithoutRegionAsync(db, _ => RuleSet.Default.Stamp, Ct));
        var state = await StateAsync(database, saved.SheetIds, rule);
        Assert.All(state, s => Assert.Equal((RuleSet.Default.Stamp, true), (s.RuleSet, s.CountsAgree)));
        Assert.Contains(state, s => s.OfRule > 0);
        await using var check = database.NewContext();
        Assert.Contains("未指定地区", (await check.AuditEntries.OrderBy(e => e.Id).LastAsync(Ct)).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PendingCountAsync_SetChangedUnderTheSameName_EverySheetPendingAgainThenReviewedWithTheNewSet()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (saved, rule, regionId) = await SaveAsync(database, 4);
        var first = EnginesWithout(rule);
        await using var db = database.NewContext();
        await SetRegionAsync(db, regionId, SetName);
        await RegionReviews.ReviewAsync(db, Actor.System("测试"), regionId, first, int.MaxValue, Ct);
        Assert.Equal(0, await RegionReviews.PendingCountAsync(db, regionId, first, Ct));

        // The file edited in place: the same name, the rule now at its default but another turned off.
        var other = RuleEngine.Default.Review(StoppedSaves.Document(4)).Sheets.SelectMany(s => s.Findings).Select(f => f.RuleId).First(r => r != rule);
        var edited = EnginesWithout(other);
        Assert.Equal(first(SetName).RuleSet.Name, edited(SetName).RuleSet.Name);
        Assert.NotEqual(first(SetName).RuleSet.Stamp, edited(SetName).RuleSet.Stamp);

        Assert.Equal(4, await RegionReviews.PendingCountAsync(db, regionId, edited, Ct));
        Assert.Equal(new RegionReviewProgress(4, 0), await RegionReviews.ReviewAsync(db, Actor.System("测试"), regionId, edited, int.MaxValue, Ct));
        var state = await StateAsync(database, saved.SheetIds, rule);
        Assert.All(state, s => Assert.Equal(edited(SetName).RuleSet.Stamp, s.RuleSet));
        Assert.Contains(state, s => s.OfRule > 0);
    }

    /// <summary>Whether the command deletes from <paramref name="table"/> (SQLite quotes the name, PostgreSQL does not).</summary>
    private static bool Deletes(DbCommand command, string table) =>
        command.CommandText.Contains($"DELETE FROM \"{table}\"", StringComparison.Ordinal) || command.CommandText.Contains($"DELETE FROM {table} ", StringComparison.Ordinal);

    /// <summary>The database fails every write of findings after the first <paramref name="allowed"/> sheets' (a connection lost midway).</summary>
    private sealed class FailAfterFindingWrites(int allowed) : DbCommandInterceptor
    {
        private int sheets;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            // Each sheet's findings start with the delete of its old ones.
            if (Deletes(command, "review_findings") && ++sheets > allowed)
            {
                throw new InvalidOperationException("simulated lost connection");
            }

            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    /// <summary>
    /// Someone edits sheet <paramref name="sheetId"/> just before the re-review writes its first findings: its version moves on, and
    /// its edit's review (with <paramref name="ruleSet"/>) found nothing.
    /// </summary>
    private sealed class EditBeforeFirstWrite(long sheetId, string ruleSet) : DbCommandInterceptor
    {
        private bool done;

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!done && Deletes(command, "document_findings"))
            {
                done = true;
                var id = sheetId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await using var edit = command.Connection!.CreateCommand();
                edit.Transaction = command.Transaction;
                edit.CommandText = $"UPDATE sheets SET version = version + 1, findings_rule_set = '{ruleSet}', error_count = 0, warning_count = 0, info_count = 0 WHERE id = {id}; "
                    + $"DELETE FROM review_findings WHERE sheet_id = {id}";
                await edit.ExecuteNonQueryAsync(cancellationToken);
            }

            return await base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
