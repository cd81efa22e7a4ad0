using System.Security.Claims;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Web.Startup;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Imports;

/// <summary>
/// What an upload read, before it is stored: the file as uploaded (saved later from exactly these
/// bytes), the document read from it, its review and the stored document with the same bytes, if any.
/// <see cref="Owner"/> is who uploaded it (<see cref="ImportPreviews.OwnerOf"/>).
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
    DateTimeOffset ExpiresAt)
{
    public string Owner { get; init; } = ImportPreviews.Anonymous;
}

/// <summary>
/// The previews between upload and save, in this process's memory for 30 minutes (docs/decisions/005):
/// a restart or another instance does not know them, and the page then asks for the file again.
/// Bounded by their estimated memory (<see cref="PreviewMemory"/>), per owner and in total; when a
/// budget is full a new upload is refused (<see cref="PreviewRefusal"/>) and no unexpired preview is
/// ever dropped to make room. Expired previews are dropped on every add and find, and once a minute.
/// </summary>
public sealed class ImportPreviews : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>The owner of previews uploaded by a request with neither a user nor an address (tests, a Unix socket).</summary>
    public const string Anonymous = "anonymous";

    private readonly Lock gate = new();
    private readonly Dictionary<string, (ImportPreview Preview, long Bytes)> entries = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private readonly ITimer sweeper;
    private long total;

    public ImportPreviews(IOptions<JixiaoOptions> options, TimeProvider clock)
    {
        this.clock = clock;
        MaxBytes = Math.Max(1, options.Value.MaxPreviewBytes);
        MaxBytesPerOwner = Math.Min(MaxBytes, Math.Max(1, options.Value.MaxPreviewBytesPerUser));
        sweeper = clock.CreateTimer(_ => Sweep(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    public long MaxBytes { get; }

    public long MaxBytesPerOwner { get; }

    /// <summary>The estimated memory the unexpired previews hold.</summary>
    public long HeldBytes
    {
        get
        {
            lock (gate)
            {
                Sweep(clock.GetUtcNow());
                return total;
            }
        }
    }

    /// <summary>Who a request's previews count against: the signed-in user, else the client's address.</summary>
    public static string OwnerOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? "user:" + name
        : context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id ? "user:" + id
        : context.Connection.RemoteIpAddress is { } address ? "ip:" + address.ToString()
        : Anonymous;

    public DateTimeOffset NextExpiry() => clock.GetUtcNow() + Lifetime;

    /// <summary>Keeps the preview and returns null, or says why it cannot be kept now (nothing else is dropped).</summary>
    public PreviewRefusal? TryAdd(ImportPreview preview)
    {
        var bytes = PreviewMemory.Estimate(preview);
        lock (gate)
        {
            var now = clock.GetUtcNow();
            Sweep(now);
            if (bytes > MaxBytesPerOwner)
            {
                return PreviewRefusal.TooLarge(bytes, MaxBytesPerOwner);
            }

            var owned = entries.Values.Where(e => e.Preview.Owner == preview.Owner).ToList();
            if (owned.Sum(e => e.Bytes) + bytes > MaxBytesPerOwner)
            {
                return PreviewRefusal.OwnerFull(MaxBytesPerOwner, RetryAfter(owned, MaxBytesPerOwner, bytes, now));
            }

            if (total + bytes > MaxBytes)
            {
                return PreviewRefusal.Full(RetryAfter([.. entries.Values], MaxBytes, bytes, now));
            }

            entries[preview.Id] = (preview, bytes);
            total += bytes;
            return null;
        }
    }

    public ImportPreview? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        lock (gate)
        {
            Sweep(clock.GetUtcNow());
            return entries.TryGetValue(id, out var entry) ? entry.Preview : null;
        }
    }

    public void Remove(string id)
    {
        lock (gate)
        {
            if (entries.Remove(id, out var entry))
            {
                total -= entry.Bytes;
            }
        }
    }

    public void Dispose() => sweeper.Dispose();

    private void Sweep()
    {
        lock (gate)
        {
            Sweep(clock.GetUtcNow());
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (id, entry) in entries.Where(e => e.Value.Preview.ExpiresAt <= now).ToList())
        {
            entries.Remove(id);
            total -= entry.Bytes;
        }
    }

    /// <summary>When enough of <paramref name="held"/> will have expired for <paramref name="bytes"/> more to fit under <paramref name="limit"/>.</summary>
    private static TimeSpan RetryAfter(List<(ImportPreview Preview, long Bytes)> held, long limit, long bytes, DateTimeOffset now)
    {
        var used = held.Sum(e => e.Bytes);
        foreach (var (preview, size) in held.OrderBy(e => e.Preview.ExpiresAt))
        {
            used -= size;
            if (used + bytes <= limit)
            {
                return preview.ExpiresAt - now;
            }
        }

        return Lifetime;
    }
}
