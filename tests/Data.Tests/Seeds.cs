using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Data.Tests;

/// <summary>The five seed documents: their bytes and their reading, read once per test run.</summary>
public static class Seeds
{
    public static readonly string[] All =
    [
        "000_e43d35112f15b8de", "001_2becaad232c446da", "002_554df16629a70716", "003_84163d3bfca5f923", "004_a9a72cd2e96e2bde",
    ];

    private static readonly Dictionary<string, ImportedDocument> Cache = [];

    public static string FileName(string seed) => seed + ".txt";

    public static byte[] Bytes(string seed) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", FileName(seed)));

    public static ImportedDocument Read(string seed)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(seed, out var document))
            {
                var outcome = DocumentImporter.Default.Import(FileName(seed), Bytes(seed));
                document = outcome.Document ?? throw new InvalidOperationException(outcome.Error?.ToString());
                Cache[seed] = document;
            }

            return document;
        }
    }

    /// <summary>Stores a seed as an upload would, in the region given.</summary>
    public static async Task<SavedDocument> SaveAsync(JixiaoDbContext db, string seed, string? regionCode = null, string? regionName = null)
    {
        var upload = new DocumentUpload(FileName(seed), Bytes(seed)) { RegionCode = regionCode, RegionName = regionName };
        var result = await DocumentStore.SaveAsync(db, upload, Read(seed), TestContext.Current.CancellationToken);
        return result.Value ?? throw new InvalidOperationException(result.Error?.ToString());
    }
}
