using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteStoppedSaveVisibilityTests() : StoppedSaveVisibilityTests(DatabaseProvider.Sqlite);

public sealed class PostgresStoppedSaveVisibilityTests() : StoppedSaveVisibilityTests(DatabaseProvider.Postgres);

/// <summary>
/// A document whose save has not finished (here: stopped after its first chunk) is invisible to
/// every query that lists, searches, counts or reads sheets and documents: each answers exactly as
/// it does once the document's rows are gone.
/// </summary>
public abstract class StoppedSaveVisibilityTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Queries_DocumentOfAStoppedSave_AnswerAsIfItWereNotThere()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await Seeds.SaveAsync(db, Seeds.All[2]);
            await Seeds.SaveAsync(db, Seeds.All[4]);
        }

        var stopped = await StoppedSaves.LeaveAsync(database, 600);
        long hiddenSheet;
        await using (var db = database.NewContext())
        {
            hiddenSheet = await db.Sheets.IgnoreQueryFilters().Where(s => s.DocumentId == stopped.DocumentId).Select(s => s.Id).FirstAsync(Ct);
        }

        using var cache = new SheetListCache();
        var hidden = await AnswersAsync(database, cache, stopped, hiddenSheet);
        var stored = Seeds.Read(Seeds.All[2]).Sheets.Count + Seeds.Read(Seeds.All[4]).Sheets.Count;
        Assert.True((await StoppedSaves.RowsAsync(database)).Sheets > stored, "the stopped save should have left rows to hide");

        database.Clock.Now += DocumentSaves.AbandonedAfter + TimeSpan.FromSeconds(1);
        await using (var db = database.NewContext())
        {
            Assert.Equal(1, await DocumentSaves.RemoveAbandonedAsync(db, Ct));
        }

        Assert.Equal(await AnswersAsync(database, cache, stopped, hiddenSheet), hidden);
        Assert.Equal(await AnswersAsync(database, null, stopped, hiddenSheet), hidden);
    }

    [Fact]
    public async Task SheetSearch_CachedWhileSaving_ShowsTheSheetsOnceTheLastChunkCommits()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stopped = await StoppedSaves.LeaveAsync(database, 600);
        using var cache = new SheetListCache();
        await using var db = database.NewContext();
        Assert.Equal(0, (await SheetSearch.QueryAsync(db, new SheetQuery(), cache, Ct)).Value!.Total);

        // What the last chunk does after its sheets: the document becomes visible, and cached lists old.
        Assert.True(await DocumentSaves.CompleteAsync(db, stopped.DocumentId, Ct));

        var written = await db.Sheets.CountAsync(Ct);
        Assert.True(written > 0);
        Assert.Equal(written, (await SheetSearch.QueryAsync(db, new SheetQuery(), cache, Ct)).Value!.Total);
    }

    /// <summary>What the list, search, counts, duplicate checks and reads answer, as one comparable text.</summary>
    private static async Task<string> AnswersAsync(TestDatabase database, SheetListCache? cache, StoppedSaves.Stopped stopped, long hiddenSheet)
    {
        await using var db = database.NewContext();
        var lines = new List<string>();
        SheetQuery[] queries =
        [
            new(), new() { Text = "满意度" }, new() { Text = "就业" }, new() { Kind = Core.Targets.SheetKind.Project },
            new() { Severity = FindingSeverity.Warning }, new() { Sort = SheetSort.BudgetWan, Descending = true, PageSize = 200 },
            new() { RegionCode = "130225" },
        ];
        foreach (var query in queries)
        {
            var page = (await SheetSearch.QueryAsync(db, query, cache, Ct)).Value!;
            lines.Add($"{query}: {page.Total} [{string.Join(",", page.Items.Select(i => i.Id))}]");
        }

        lines.Add($"documents {await db.Documents.CountAsync(Ct)} sheets {await db.Sheets.CountAsync(Ct)}");
        lines.Add($"duplicate {await DocumentStore.FindDuplicateAsync(db, StoppedSaves.Upload(stopped.Name).Content, StoppedSaves.TextSha256, Ct)}");
        lines.Add($"sheet {(await SheetStore.LoadAsync(db, hiddenSheet, Ct)).Error?.Code}");
        lines.Add($"snapshot {(await SheetSnapshots.ReadAsync(db, hiddenSheet, Ct)).Error?.Code}");
        lines.Add($"document {(await DocumentStore.LoadAsync(db, stopped.DocumentId, Ct)).Error?.Code}");
        lines.Add($"stale snapshots {await SheetSnapshots.RefreshStaleAsync(db, 0, 10_000, Ct)}");
        return string.Join("\n", lines);
    }
}
