using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// Documents whose sheets are written in chunks (docs/decisions/014-chunked-saves.md): the document
/// row is stored first as <see cref="DocumentState.Saving"/>, each chunk of sheets commits on its own
/// and moves <see cref="SourceDocumentEntity.ProgressAt"/> on, and the last one marks it stored. Until
/// then no query finds it or its sheets (the context's <see cref="StoredOnly"/> filter). A save that
/// stops — an error, a cancelled request, a killed process — leaves such a document behind, which
/// <see cref="RemoveAbandonedAsync"/> (on start and now and then) or the next save of the same file removes.
/// </summary>
public static class DocumentSaves
{
    /// <summary>The name of the query filter that hides documents being saved and their sheets.</summary>
    public const string StoredOnly = "StoredOnly";

    /// <summary>
    /// A save whose last chunk committed longer ago than this was interrupted. Chunks commit every
    /// second or so and wait for a lock at most SQLite's busy timeout (5 s), so half a minute
    /// without one means the saver is gone.
    /// </summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromSeconds(30);

    /// <summary>Sheets removed per transaction when an abandoned document is cleaned up.</summary>
    internal const int RemoveBatch = 100;

    /// <summary>Removes every document whose save was interrupted, a chunk at a time; returns how many.</summary>
    public static async Task<int> RemoveAbandonedAsync(JixiaoDbContext db, CancellationToken ct = default)
    {
        var cutoff = db.Clock.GetUtcNow() - AbandonedAfter;
        var ids = await Saving(db).Where(d => d.ProgressAt == null || d.ProgressAt < cutoff).Select(d => d.Id).ToListAsync(ct);
        var removed = 0;
        foreach (var id in ids)
        {
            removed += await TryRemoveAsync(db, id, cutoff, ct) ? 1 : 0;
        }

        return removed;
    }

    /// <summary>
    /// Before a file is saved: removes an interrupted save of the same bytes or text; a save of it
    /// still in progress is answered with <see cref="DataErrorCode.SaveInProgress"/>.
    /// </summary>
    internal static async Task<DataError?> MakeWayAsync(JixiaoDbContext db, string sha256, string? textSha256, CancellationToken ct)
    {
        var same = Saving(db).Where(d => d.Sha256 == sha256);
        if (textSha256 is not null)
        {
            same = same.Union(Saving(db).Where(d => d.TextSha256 == textSha256));
        }

        var cutoff = db.Clock.GetUtcNow() - AbandonedAfter;
        foreach (var unfinished in await same.Select(d => new { d.Id, d.ProgressAt }).ToListAsync(ct))
        {
            if (unfinished.ProgressAt >= cutoff || !await TryRemoveAsync(db, unfinished.Id, cutoff, ct))
            {
                return InProgress(unfinished.Id);
            }
        }

        return null;
    }

    /// <summary>Marks the next chunk's progress; false when the save was given up meanwhile (its document is being removed).</summary>
    internal static async Task<bool> ProgressAsync(JixiaoDbContext db, long documentId, CancellationToken ct) =>
        await Saving(db).Where(d => d.Id == documentId && d.ProgressAt != null)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.ProgressAt, db.Clock.GetUtcNow()), ct) == 1;

    /// <summary>Makes a document whose every sheet is written visible (and moves the data generation on, by trigger).</summary>
    internal static async Task<bool> CompleteAsync(JixiaoDbContext db, long documentId, CancellationToken ct) =>
        await Saving(db).Where(d => d.Id == documentId && d.ProgressAt != null)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.State, DocumentState.Stored).SetProperty(d => d.ProgressAt, (DateTimeOffset?)null), ct) == 1;

    /// <summary>
    /// Removes a document being saved, when its save has stopped (no progress since
    /// <paramref name="cutoff"/>, or already claimed for removal): claims it first (progress set to
    /// null, so that a saver that comes back fails its next chunk instead of completing a document
    /// with sheets missing), then deletes its sheets in batches (their rows go by cascade) and the
    /// document. Each step is a short transaction of its own, in a turn of its own; a removal that stops is finished by the next.
    /// </summary>
    internal static async Task<bool> TryRemoveAsync(JixiaoDbContext db, long documentId, DateTimeOffset cutoff, CancellationToken ct)
    {
        using (await WriteTurns.TakeAsync(db, ct))
        {
            var claimed = await Saving(db).Where(d => d.Id == documentId && (d.ProgressAt == null || d.ProgressAt < cutoff))
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.ProgressAt, (DateTimeOffset?)null), ct);
            if (claimed == 0)
            {
                return false;
            }
        }

        while (true)
        {
            using (await WriteTurns.TakeAsync(db, ct))
            {
                if (await db.Sheets.IgnoreQueryFilters([StoredOnly]).Where(s => s.DocumentId == documentId)
                    .OrderBy(s => s.Id).Take(RemoveBatch).ExecuteDeleteAsync(ct) == 0)
                {
                    await Saving(db).Where(d => d.Id == documentId).ExecuteDeleteAsync(ct);
                    return true;
                }
            }
        }
    }

    internal static DataError InProgress(long documentId) => new(
        DataErrorCode.SaveInProgress, "同一文件正在保存中，请稍后刷新查看", $"the same file is being saved right now (document {documentId})");

    private static IQueryable<SourceDocumentEntity> Saving(JixiaoDbContext db) =>
        db.Documents.IgnoreQueryFilters([StoredOnly]).Where(d => d.State == DocumentState.Saving);
}
