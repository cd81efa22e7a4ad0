using System.Text.Json;
using Jixiao.Core.Reading;
using Jixiao.Core.Review;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Startup;

/// <summary>
/// The five seed documents as sample data: read, stored with their region and reviewed, so a
/// newcomer sees real sheets and real findings at once. Only into an empty database.
/// </summary>
public static class SampleData
{
    private sealed record Manifest(List<Entry> Documents);

    private sealed record Entry(string File, string RegionCode, string RegionName);

    /// <param name="ruleSets">Each document is reviewed with its region's rule set, as an import is (docs/decisions/020).</param>
    public static async Task<int> LoadAsync(JixiaoDbContext db, string folder, Sheets.RuleSetChoice ruleSets, ILogger logger, bool publish = true, CancellationToken ct = default)
    {
        if (await db.Documents.AnyAsync(ct))
        {
            return 0;
        }

        var loaded = 0;
        foreach (var entry in ReadManifest().Documents)
        {
            var path = Path.Combine(folder, entry.File);
            if (!File.Exists(path))
            {
                logger.LogWarning("示例文件不存在，已跳过：{Path}", path);
                continue;
            }

            var content = await File.ReadAllBytesAsync(path, ct);
            var outcome = DocumentImporter.Default.Import(entry.File, content);
            if (outcome.Document is not { } document)
            {
                logger.LogWarning("示例文件无法读取，已跳过：{File} {Error}", entry.File, outcome.Error?.MessageZh);
                continue;
            }

            // The document is reviewed as a whole, so rules across its sheets (合计, key tasks) run too.
            var upload = new DocumentUpload(entry.File, content) { RegionCode = entry.RegionCode, RegionName = entry.RegionName };
            var rules = await ruleSets.ForRegionAsync(db, entry.RegionCode, ct);
            var saved = await DocumentStore.SaveReviewedAsync(db, upload, rules.Engine.Review(document), ct);
            if (saved.Error is { } error)
            {
                logger.LogWarning("示例文件未能保存：{File} {Error}", entry.File, error.MessageZh);
                continue;
            }

            // The samples are published tables of their counties: on the portal at once, with their approved version.
            if (publish)
            {
                await PublishedImport.MarkPublishedAsync(db, Actor.System("示例数据"), saved.Value!.SheetIds, "示例数据：" + entry.RegionName + "公开的绩效目标表", ct);
            }

            loaded++;
        }

        logger.LogInformation("已载入示例数据：{Count} 个文件", loaded);
        return loaded;
    }

    /// <summary>The sample folder: configured, else the nearest "shared/seeds" above the content root.</summary>
    public static string? Folder(JixiaoOptions options, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(options.SampleFolder))
        {
            return Path.GetFullPath(options.SampleFolder, environment.ContentRootPath);
        }

        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static Manifest ReadManifest()
    {
        using var stream = typeof(SampleData).Assembly.GetManifestResourceStream("Jixiao.Web.samples.json")
            ?? throw new InvalidOperationException("samples.json is not embedded");
        return JsonSerializer.Deserialize<Manifest>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("samples.json is empty");
    }
}
