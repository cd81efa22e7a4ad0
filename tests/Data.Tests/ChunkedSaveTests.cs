using System.Diagnostics;
using System.Text;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteChunkedSaveTests() : ChunkedSaveTests(DatabaseProvider.Sqlite);

public sealed class PostgresChunkedSaveTests() : ChunkedSaveTests(DatabaseProvider.Postgres);

/// <summary>
/// A large document is written in chunks that commit one by one (docs/decisions/014-chunked-saves.md):
/// other writers get in between, and until the last chunk nothing of the document is visible.
/// </summary>
public abstract class ChunkedSaveTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveReviewedAsync_EditWhileSaving_EditCommitsBeforeTheSaveEnds()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        long sheetId;
        await using (var db = database.NewContext())
        {
            sheetId = (await Seeds.SaveAsync(db, Seeds.All[0])).SheetIds[0];
        }

        var review = RuleEngine.Default.Review(StoppedSaves.Document(1_000));
        await using var saving = database.NewContext();
        var save = Task.Run(() => DocumentStore.SaveReviewedAsync(saving, StoppedSaves.Upload("large"), review, Ct), Ct);
        var documentId = await FirstChunkAsync(database, save);

        // An edit as the editor saves it (in a write turn, SheetEdits), while the large document is still being written.
        var waited = Stopwatch.StartNew();
        await using (var db = database.NewContext())
        {
            using var turn = await WriteTurns.TakeAsync(db, Ct);
            var loaded = (await SheetStore.LoadAsync(db, sheetId, Ct)).Value!;
            var edited = await SheetStore.UpdateAsync(db, sheetId, loaded.Version, loaded.Sheet with { ProjectName = "编辑于保存期间" }, Ct);
            Assert.True(edited.IsOk, edited.Error?.ToString());
        }

        waited.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine($"the edit took {waited.ElapsedMilliseconds} ms during the save");
        await using (var db = database.NewContext())
        {
            Assert.Equal(DocumentState.Saving, await db.Documents.IgnoreQueryFilters().Where(d => d.Id == documentId).Select(d => d.State).SingleAsync(Ct));
        }

        var saved = await save;
        Assert.True(saved.IsOk, saved.Error?.ToString());
        await using (var db = database.NewContext())
        {
            Assert.Equal(1_000 + Seeds.Read(Seeds.All[0]).Sheets.Count, await db.Sheets.CountAsync(Ct));
            Assert.Equal("编辑于保存期间", (await SheetStore.LoadAsync(db, sheetId, Ct)).Value!.Sheet.ProjectName);
        }
    }

    [Fact]
    public async Task SaveReviewedAsync_SameBytesAsAStoppedSave_ReplacesIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stopped = await StoppedSaves.LeaveAsync(database, 600);
        database.Clock.Now += DocumentSaves.AbandonedAfter + TimeSpan.FromSeconds(1);

        await using var db = database.NewContext();
        var saved = await DocumentStore.SaveReviewedAsync(db, StoppedSaves.Upload(stopped.Name), RuleEngine.Default.Review(StoppedSaves.Document(600)), Ct);

        Assert.True(saved.IsOk, saved.Error?.ToString());
        Assert.NotEqual(stopped.DocumentId, saved.Value!.DocumentId);
        Assert.Equal(600, await db.Sheets.CountAsync(Ct));
        Assert.Equal(600, await db.Sheets.IgnoreQueryFilters().CountAsync(Ct));
        Assert.Equal(1, await db.Documents.IgnoreQueryFilters().CountAsync(Ct));
    }

    [Fact]
    public async Task SaveReviewedAsync_SameTextWhileItIsBeingSaved_AnswersSaveInProgress()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stopped = await StoppedSaves.LeaveAsync(database, 600);

        await using var db = database.NewContext();
        var other = new DocumentUpload("other-encoding.txt", Encoding.UTF8.GetBytes("other bytes, same text"));
        var saved = await DocumentStore.SaveReviewedAsync(db, other, RuleEngine.Default.Review(StoppedSaves.Document(600)), Ct);

        Assert.Equal(DataErrorCode.SaveInProgress, saved.Error?.Code);
        Assert.Equal(1, await db.Documents.IgnoreQueryFilters().CountAsync(Ct));
        Assert.True(await db.Sheets.IgnoreQueryFilters().CountAsync(s => s.DocumentId == stopped.DocumentId, Ct) > 0);
    }

    [Fact]
    public async Task RemoveAbandonedAsync_SaveStoppedLongerThanTheWait_RemovesEveryRowOfIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await Seeds.SaveAsync(db, Seeds.All[2]);
        }

        await StoppedSaves.LeaveAsync(database, 600);
        var before = await StoppedSaves.RowsAsync(database);
        await using var clean = database.NewContext();

        Assert.Equal(0, await DocumentSaves.RemoveAbandonedAsync(clean, Ct));
        database.Clock.Now += DocumentSaves.AbandonedAfter + TimeSpan.FromSeconds(1);
        Assert.Equal(1, await DocumentSaves.RemoveAbandonedAsync(clean, Ct));

        var seed = Seeds.Read(Seeds.All[2]);
        Assert.True(before.Sheets > seed.Sheets.Count);
        Assert.Equal((1, seed.Sheets.Count, seed.Sheets.Sum(s => s.Indicators.Count), seed.Sheets.Count), await StoppedSaves.RowsAsync(database));
    }

    /// <summary>Waits until the save has committed a chunk of the document, and returns the document's id.</summary>
    private static async Task<long> FirstChunkAsync(TestDatabase database, Task save)
    {
        await using var db = database.NewContext();
        while (!save.IsCompleted)
        {
            var saving = await db.Documents.IgnoreQueryFilters()
                .Where(d => d.State == DocumentState.Saving && db.Sheets.IgnoreQueryFilters().Any(s => s.DocumentId == d.Id))
                .Select(d => (long?)d.Id).FirstOrDefaultAsync(Ct);
            if (saving is { } id)
            {
                return id;
            }

            await Task.Delay(10, Ct);
        }

        await save;
        Assert.Fail("the save ended without a chunk committed before the last");
        return 0;
    }
}
