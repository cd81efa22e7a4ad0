using Jixiao.Data.Entities;

namespace Jixiao.Data;

/// <summary>
/// Writes a built document (<see cref="DocumentGraph"/>) in chunks of a bounded number of rows, each
/// in a transaction of its own, so other writers wait at most one chunk instead of the whole document.
/// The first chunk stores the document row (by SaveChanges, with the region and organisations it names)
/// and its first sheets; a document of more than one chunk is <see cref="DocumentState.Saving"/> until
/// the last chunk marks it stored, and each later chunk first moves its progress on (which fails when
/// the save was given up as abandoned). On SQLite each chunk takes a turn (<see cref="WriteTurns"/>), so
/// the app's writers that asked meanwhile go before the next chunk. A chunk that fails
/// removes what the earlier ones wrote. Inside a transaction of the caller's, it is all one chunk.
/// </summary>
internal static class SheetChunks
{
    /// <summary>
    /// Rows per chunk (a sheet, its lists, findings, snapshot): 2,000 rows are 50–100 sheets of the
    /// corpus, a few hundred milliseconds of writing, which is what another writer waits at most:
    /// PostgreSQL queues waiting writers on its locks, and on SQLite the app's writers take turns
    /// (<see cref="WriteTurns"/>).
    /// </summary>
    public const int MaxRows = 2_000;

    /// <param name="onStored">Adds what is written with the chunk that makes the document stored (its audit record), in that chunk's transaction.</param>
    public static async Task WriteAsync(JixiaoDbContext db, SourceDocumentEntity document, IReadOnlyList<SheetEntity> sheets, Action<long>? onStored, CancellationToken ct)
    {
        var outer = db.Database.CurrentTransaction is not null;
        var chunks = outer ? [[.. sheets]] : Split(sheets, MaxRows);
        document.State = chunks.Count == 1 ? DocumentState.Stored : DocumentState.Saving;
        document.ProgressAt = chunks.Count == 1 ? null : db.Clock.GetUtcNow();
        var committed = 0;
        try
        {
            for (var i = 0; i < chunks.Count; i++)
            {
                using var turn = outer ? null : await WriteTurns.TakeAsync(db, ct);
                await using (var transaction = outer ? null : await db.Database.BeginTransactionAsync(ct))
                {
                    await StartAsync(db, document, i, ct);
                    await SheetRows.WriteAsync(db, document.Id, chunks[i], ct);
                    if (i > 0 && i == chunks.Count - 1 && !await DocumentSaves.CompleteAsync(db, document.Id, ct))
                    {
                        throw new InvalidOperationException($"document {document.Id} could not be marked stored");
                    }

                    if (i == chunks.Count - 1 && onStored is not null)
                    {
                        onStored(document.Id);
                        await db.SaveChangesAsync(ct);
                    }

                    if (transaction is not null)
                    {
                        await transaction.CommitAsync(ct);
                    }
                }

                committed++;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing of the failed chunk was stored; neither should a retry in this context find its rows still added.
            db.ChangeTracker.Clear();
            if (committed > 0)
            {
                await GiveUpAsync(db, document.Id);
            }

            throw;
        }
    }

    /// <summary>The first chunk stores the document row; each later one marks progress, or finds the save given up.</summary>
    private static async Task StartAsync(JixiaoDbContext db, SourceDocumentEntity document, int chunk, CancellationToken ct)
    {
        if (chunk == 0)
        {
            db.Documents.Add(document);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        else if (!await DocumentSaves.ProgressAsync(db, document.Id, ct))
        {
            throw new InvalidOperationException($"document {document.Id} was given up as abandoned while it was being saved");
        }
    }

    /// <summary>Removes what this save wrote; when that fails too (the database is gone or busy), <see cref="DocumentSaves.RemoveAbandonedAsync"/> will.</summary>
    private static async Task GiveUpAsync(JixiaoDbContext db, long documentId)
    {
        try
        {
            await DocumentSaves.TryRemoveAsync(db, documentId, DateTimeOffset.MaxValue, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Invisible meanwhile; the next cleanup or save of the same file removes it.
        }
    }

    /// <summary>The sheets in order, cut where a chunk would pass <paramref name="maxRows"/> (a larger sheet is a chunk alone); one chunk at least.</summary>
    internal static List<List<SheetEntity>> Split(IReadOnlyList<SheetEntity> sheets, int maxRows)
    {
        var chunks = new List<List<SheetEntity>> { new() };
        var rows = 0;
        foreach (var sheet in sheets)
        {
            var size = RowsOf(sheet);
            if (chunks[^1].Count > 0 && rows + size > maxRows)
            {
                chunks.Add([]);
                rows = 0;
            }

            chunks[^1].Add(sheet);
            rows += size;
        }

        return chunks;
    }

    private static int RowsOf(SheetEntity s) =>
        2 + s.Sources.Count + s.BudgetLines.Count + s.SpendingPlan.Count + s.Goals.Count + s.Functions.Count + s.KeyTasks.Count
        + s.Measures.Count + s.Plans.Count + s.Assumptions.Count + s.Indicators.Count + s.Unplaced.Count + s.Findings.Count;
}
