using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Web.Startup;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Imports;

/// <summary>
/// What an upload read, before it is stored: the file as uploaded (saved later from exactly these
/// bytes), the document read from it, its review and the stored document with the same bytes, if any.
/// </summary>
public sealed record ImportPreview(
    string Id,
    string FileName,
    byte[] Content,
    string Sha256,
    string? RegionCode,
    string? RegionName,
    ImportedDocument Document,
    DocumentReview Review,
    long? DuplicateOf,
    DateTimeOffset ExpiresAt);

/// <summary>
/// The previews between upload and save, in this process's memory for 30 minutes (docs/decisions/005):
/// a restart or another instance does not know them, and the page then asks for the file again.
/// The cache is bounded by the bytes it holds; a full cache refuses new previews rather than dropping
/// the ones people are looking at.
/// </summary>
public sealed class ImportPreviews : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly MemoryCache cache;
    private readonly TimeProvider clock;

    public ImportPreviews(IOptions<JixiaoOptions> options, TimeProvider clock)
    {
        this.clock = clock;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.MaxPreviewBytes) });
    }

    public DateTimeOffset NextExpiry() => clock.GetUtcNow() + Lifetime;

    /// <summary>Keeps the preview; false when the cache is full.</summary>
    public bool TryAdd(ImportPreview preview)
    {
        var options = new MemoryCacheEntryOptions { AbsoluteExpiration = preview.ExpiresAt, Size = preview.Content.LongLength + 1 };
        cache.Set(preview.Id, preview, options);
        return cache.TryGetValue(preview.Id, out _);
    }

    public ImportPreview? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || !cache.TryGetValue(id, out ImportPreview? preview) || preview is null)
        {
            return null;
        }

        return preview.ExpiresAt > clock.GetUtcNow() ? preview : null;
    }

    public void Remove(string id) => cache.Remove(id);

    public void Dispose() => cache.Dispose();
}
