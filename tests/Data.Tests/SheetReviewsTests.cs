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
