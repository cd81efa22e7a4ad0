using Jixiao.Core.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteSheetReviewsTests() : SheetReviewsTests(DatabaseProvider.Sqlite);

public sealed class PostgresSheetReviewsTests() : SheetReviewsTests(DatabaseProvider.Postgres);

/// <summary>
/// A stored sheet reviewed on its own (its page, an edit, the submit check) gets the findings its document's review
/// stored with it (docs/decisions/022): its own rules in its place, and the findings the document's rules gave it.
/// </summary>
public abstract class SheetReviewsTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ReviewAsync_EverySheetOfAReviewedDocument_SameFindingsAsStoredOnImport(int seed)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var saved = await SaveReviewedAsync(database, seed);
        await using var db = database.NewContext();

        var fromDocument = 0;
        foreach (var id in saved.SheetIds)
        {
            var stored = await FindingStore.ListAsync(db, id, Ct);
            var review = await SheetReviews.ReviewAsync(db, RuleEngine.Default, (await SheetStore.LoadAsync(db, id, Ct)).Value!, Ct);
            Assert.Equal(stored.Select(f => (f.RuleId, f.Position, f.Message)), review.Select(f => (f.RuleId, (string?)f.Position.ToString(), f.Message)));
            fromDocument += review.Count(f => RuleEngine.DocumentRuleIds.Contains(f.RuleId));
        }

        Assert.True(fromDocument > 0, "the seed's review gives some sheet a document rule's finding");
    }

    [Fact]
    public async Task ReviewAsync_AfterAnEdit_TheDocumentRulesFindingsOnTheSheetStay()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var saved = await SaveReviewedAsync(database, 2);
        await using var db = database.NewContext();
        var ids = RuleEngine.DocumentRuleIds.ToList();
        var id = await db.ReviewFindings.Where(f => saved.SheetIds.Contains(f.SheetId) && ids.Contains(f.RuleId)).Select(f => f.SheetId).FirstAsync(Ct);
        var before = await FindingStore.ListAsync(db, id, Ct);

        var edited = await FindingStore.ReviewAsync(db, id, RuleEngine.Default, Ct);

        Assert.NotNull(edited.Value);
        await using var check = database.NewContext();
        var after = await FindingStore.ListAsync(check, id, Ct);
        Assert.Equal(before.Select(f => (f.RuleId, f.Message, f.IndicatorId)), after.Select(f => (f.RuleId, f.Message, f.IndicatorId)));
        Assert.Contains(after, f => RuleEngine.DocumentRuleIds.Contains(f.RuleId));
    }

    [Fact]
    public async Task ReviewAsync_AfterAnEditThatRewritesTheCopiedRows_TheCopyFindingLeavesTheSheet()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var saved = await SaveReviewedAsync(database, 2);
        await using var db = database.NewContext();
        var (copy, _) = await CopyAsync(db, saved);

        await EditAsync(db, copy);
        var edited = await FindingStore.ReviewAsync(db, copy, RuleEngine.Default, Ct);

        Assert.DoesNotContain(edited.Value!, f => f.RuleId == Copied);
        await using var check = database.NewContext();
        Assert.DoesNotContain(await FindingStore.ListAsync(check, copy, Ct), f => f.RuleId == Copied);
    }

    [Fact]
    public async Task ReviewAsync_AfterAnEditOfTheProjectCopiedFrom_TheCopyFindingLeavesTheOtherSheetAndItsCounts()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var saved = await SaveReviewedAsync(database, 2);
        await using var db = database.NewContext();
        var (copy, original) = await CopyAsync(db, saved);
        var warningsBefore = await db.Sheets.Where(s => s.Id == copy).Select(s => s.WarningCount).SingleAsync(Ct);

        await EditAsync(db, original);
        await FindingStore.ReviewAsync(db, original, RuleEngine.Default, Ct);

        await using var check = database.NewContext();
        var after = await FindingStore.ListAsync(check, copy, Ct);
        Assert.DoesNotContain(after, f => f.RuleId == Copied);
        Assert.Equal(after.Count(f => f.Severity == "warning"), await check.Sheets.Where(s => s.Id == copy).Select(s => s.WarningCount).SingleAsync(Ct));
        Assert.True(after.Count(f => f.Severity == "warning") < warningsBefore);
    }

    [Fact]
    public async Task ReviewAsync_AfterAnEdit_ASheetOfTheDocumentReviewedWithAnotherRuleSetIsLeftToItsOwnReview()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var saved = await SaveReviewedAsync(database, 2);
        await using var db = database.NewContext();
        var (copy, original) = await CopyAsync(db, saved);
        await db.Sheets.Where(s => s.Id == copy).ExecuteUpdateAsync(u => u.SetProperty(s => s.FindingsRuleSet, "另一规则集@0badc0de"), Ct);

        await EditAsync(db, original);
        await FindingStore.ReviewAsync(db, original, RuleEngine.Default, Ct);

        await using var check = database.NewContext();
        Assert.Contains(await FindingStore.ListAsync(check, copy, Ct), f => f.RuleId == Copied);
    }

    private const string Copied = "DOC-ROWS-COPIED";

    /// <summary>The sheet with the seed's copied rows, and the project sheet it copied them from (named in the finding).</summary>
    private static async Task<(long Copy, long Original)> CopyAsync(JixiaoDbContext db, SavedDocument saved)
    {
        var finding = await db.ReviewFindings.SingleAsync(f => saved.SheetIds.Contains(f.SheetId) && f.RuleId == Copied, Ct);
        var projects = await db.Sheets.Where(s => saved.SheetIds.Contains(s.Id) && s.Id != finding.SheetId && s.ProjectName != null)
            .Select(s => new { s.Id, s.ProjectName }).ToListAsync(Ct);
        var original = projects.Single(p => finding.Message.Contains(p.ProjectName!, StringComparison.Ordinal));
        return (finding.SheetId, original.Id);
    }

    /// <summary>Saves the sheet with every indicator renamed: no row of it is the other project's any more.</summary>
    private static async Task EditAsync(JixiaoDbContext db, long id)
    {
        var stored = (await SheetStore.LoadAsync(db, id, Ct)).Value!;
        var rewritten = stored.Sheet with { Indicators = [.. stored.Sheet.Indicators.Select(i => i with { Name = i.Name + "（本项目）" })] };
        Assert.True((await SheetStore.UpdateAsync(db, id, stored.Version, rewritten, Ct)).IsOk);
    }

    [Fact]
    public async Task PlaceAsync_SheetsOfADocument_InOrderWithTheDocumentsProjectNames()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var saved = await SaveReviewedAsync(database, 2);
        await using var db = database.NewContext();
        var document = await db.Sheets.Where(s => s.Id == saved.SheetIds[0]).Select(s => s.DocumentId).SingleAsync(Ct);

        var first = await SheetReviews.PlaceAsync(db, saved.SheetIds[0], document, Ct);
        var last = await SheetReviews.PlaceAsync(db, saved.SheetIds[^1], document, Ct);

        Assert.Equal((0, saved.SheetIds.Count, false), (first.Index, first.Count, first.IsLast));
        Assert.True(last.IsLast);
        Assert.Equal(Seeds.FileName(Seeds.All[2]), first.Source);
        Assert.Equal(SheetPlace.ProjectNamesOf(Seeds.Read(Seeds.All[2]).Sheets.Select(s => (s.Kind, s.ProjectName))), first.ProjectNames);
    }

    private static async Task<SavedDocument> SaveReviewedAsync(TestDatabase database, int seed)
    {
        await using var db = database.NewContext();
        var document = Seeds.Read(Seeds.All[seed]);
        var result = await DocumentStore.SaveReviewedAsync(db, new DocumentUpload(Seeds.FileName(Seeds.All[seed]), Seeds.Bytes(Seeds.All[seed])), RuleEngine.Default.Review(document), Ct);
        return result.Value ?? throw new InvalidOperationException(result.Error?.ToString());
    }
}
