using Microsoft.Extensions.Caching.Memory;

namespace Jixiao.Data;

/// <summary>
/// The ids a list query found, in its order, kept per query and per <see cref="Entities.DataGenerationEntity"/>
/// count: a page of a search already made is a slice and one lookup of twenty rows instead of a
/// search and a count of everything found. Any change to sheets, findings or regions moves the
/// count on, so an entry is never served for data it was not computed from — also when several
/// app instances share a PostgreSQL database. Bounded by the number of ids held; results larger
/// than <see cref="MaxEntryIds"/> are not kept (they are paged the plain way).
/// </summary>
public sealed class SheetListCache : IDisposable
{
    public const int DefaultMaxEntryIds = 50_000;

    public const long DefaultMaxTotalIds = 4_000_000;

    private readonly MemoryCache cache;

    /// <param name="maxEntryIds">The most ids one query may keep.</param>
    /// <param name="maxTotalIds">The most ids all queries together keep (8 bytes each): 4,000,000 is 32 MB.</param>
    public SheetListCache(int maxEntryIds = DefaultMaxEntryIds, long maxTotalIds = DefaultMaxTotalIds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntryIds, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTotalIds, maxEntryIds);
        MaxEntryIds = maxEntryIds;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = maxTotalIds });
    }

    public int MaxEntryIds { get; }

    /// <summary>Queries answered from the cache since start (for the benchmarks' figures).</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Queries that had to search.</summary>
    public long Misses => Interlocked.Read(ref misses);

    private long hits;
    private long misses;

    internal bool TryGet(SheetQuery query, long generation, out long[] ids)
    {
        if (cache.TryGetValue(Key.Of(query, generation), out long[]? found) && found is not null)
        {
            Interlocked.Increment(ref hits);
            ids = found;
            return true;
        }

        Interlocked.Increment(ref misses);
        ids = [];
        return false;
    }

    internal void Set(SheetQuery query, long generation, long[] ids)
    {
        if (ids.Length > MaxEntryIds)
        {
            return;
        }

        // Entries of an old count are never asked for again; the sliding expiry lets them go
        // before the size limit has to push them out.
        cache.Set(Key.Of(query, generation), ids, new MemoryCacheEntryOptions
        {
            Size = Math.Max(1, ids.Length),
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });
    }

    public void Dispose() => cache.Dispose();

    /// <summary>The query without its page: every page of a search shares one entry.</summary>
    private sealed record Key(SheetQuery Query, long Generation)
    {
        public static Key Of(SheetQuery query, long generation) =>
            new(query with { Text = query.Text?.Trim(), Page = 1, PageSize = 1 }, generation);
    }
}
