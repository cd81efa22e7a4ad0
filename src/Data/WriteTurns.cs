using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// On SQLite, one writer at a time per database file within this process, in the order they asked.
/// SQLite itself has one writer at a time, and a writer that finds the lock taken sleeps and tries
/// again (Microsoft.Data.Sqlite's busy retry), so whoever tries at the right moment wins: under many
/// writes, or between the chunks of a large save, an unlucky writer could lose every time until its
/// busy timeout (the soak's one 503, an edit waiting 3.3 s through a 5,000-sheet save). Writers that
/// take a turn queue instead, so an edit waits for the writes before it — at most one chunk of a large
/// save. A turn not given within the busy timeout is SQLite's busy error (503 DATA-BUSY). On
/// PostgreSQL, which queues waiting writers itself, a turn is nothing.
/// </summary>
public static class WriteTurns
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Files = new(StringComparer.Ordinal);

    /// <summary>Waits for this database's turn (SQLite); dispose the result to give it back. Never nest two.</summary>
    public static async Task<IDisposable?> TakeAsync(JixiaoDbContext db, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var gate = Files.GetOrAdd(file == ":memory:" || file.Length == 0 ? Guid.NewGuid().ToString() : Path.GetFullPath(file), _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(TimeSpan.FromSeconds(DatabaseBusy.SqliteTimeoutSeconds), ct))
        {
            throw new SqliteException("database is locked: no turn to write within the busy timeout", 5);
        }

        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
