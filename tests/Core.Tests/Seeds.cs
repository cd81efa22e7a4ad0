using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests;

/// <summary>The five seed documents, read once per test run.</summary>
public static class Seeds
{
    public const string Approval000 = "000_e43d35112f15b8de";
    public const string PublicList001 = "001_2becaad232c446da";
    public const string ProjectTables002 = "002_554df16629a70716";
    public const string Declaration003 = "003_84163d3bfca5f923";
    public const string UnitAndProjects004 = "004_a9a72cd2e96e2bde";

    public static readonly string[] All = [Approval000, PublicList001, ProjectTables002, Declaration003, UnitAndProjects004];

    private static readonly Dictionary<string, ImportedDocument> Cache = [];

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static string PathOf(string seed) => Path.Combine(Folder, seed + ".txt");

    public static ImportedDocument Read(string seed)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(seed, out var document))
            {
                var outcome = DocumentImporter.Default.ImportFile(PathOf(seed));
                document = outcome.Document ?? throw new InvalidOperationException(outcome.Error?.ToString());
                Cache[seed] = document;
            }

            return document;
        }
    }
}
