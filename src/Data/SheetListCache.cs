using Microsoft.Extensions.Caching.Memory;

namespace Jixiao.Data;

/// <summary>
/// The ids a list query found, in its order, with the <see cref="Entities.DataGenerationEntity"/>
/// count they were found at: a page of a search already made is a slice and one query for its
/// twenty rows — which also reads the current count — instead of a search and a count of
/// everything found. Any change to sheets, findings or regions moves the count on, and an entry
/// of an older count is searched again, so nothing is served that the database no longer holds —
/// also when several app instances share a PostgreSQL database. Bounded by the number of ids held; results larger
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

    /// <summary>Queries answered from the cache since start (what the tests check the cache by).</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Queries that had to search.</summary>
    public long Misses => Interlocked.Read(ref misses);

    private long hits;
    private long misses;

    /// <summary>The ids last found for the query (any page of it) and the generation they were found at.</summary>
    internal bool TryGet(SheetQuery query, out Found found)
    {
        if (cache.TryGetValue(KeyOf(query), out Found? entry) && entry is not null)
        {
            found = entry;
            return true;
        }

        found = Found.None;
        return false;
    }

    internal void CountHit() => Interlocked.Increment(ref hits);

    internal void CountMiss() => Interlocked.Increment(ref misses);

    internal void Set(SheetQuery query, long generation, long[] ids)
    {
        if (ids.Length > MaxEntryIds)
        {
            return;
        }

        cache.Set(KeyOf(query), new Found(generation, ids), new MemoryCacheEntryOptions
        {
            Size = Math.Max(1, ids.Length),
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });
    }

    internal void Remove(SheetQuery query) => cache.Remove(KeyOf(query));

    public void Dispose() => cache.Dispose();

    /// <summary>The query without its page: every page of a search shares one entry.</summary>
    private static SheetQuery KeyOf(SheetQuery query) => query with { Text = query.Text?.Trim(), Page = 1, PageSize = 1 };

    /// <summary>What a query found: its ids in order, at a generation.</summary>
    internal sealed record Found(long Generation, long[] Ids)
    {
        public static readonly Found None = new(-1, []);
    }
}
