using BenchmarkDotNet.Attributes;
using Jixiao.Core.Reading;

namespace Jixiao.Bench;

/// <summary>
/// Import: reading each seed from bytes already in memory into the typed model (decoding, the
/// grid, layout recognition, value parsing). Target: all five together under 20 ms, one thread, warm.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private readonly Dictionary<string, byte[]> files = [];

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = SeedFiles.Names[0];

    public static IEnumerable<string> Seeds => SeedFiles.Names;

    [GlobalSetup]
    public void Load()
    {
        foreach (var name in SeedFiles.Names)
        {
            files[name] = SeedFiles.Read(name);
        }
    }

    [Benchmark]
    public int ImportOne() => DocumentImporter.Default.Import(Seed + ".txt", files[Seed]).Document!.Sheets.Count;
}

/// <summary>All five seeds in one operation: the figure the target is stated for.</summary>
[MemoryDiagnoser]
public class ImportAllBenchmarks
{
    private readonly List<(string Name, byte[] Content)> files = [];

    [GlobalSetup]
    public void Load()
    {
        foreach (var name in SeedFiles.Names)
        {
            files.Add((name + ".txt", SeedFiles.Read(name)));
        }
    }

    [Benchmark]
    public int ImportAllFive()
    {
        var sheets = 0;
        foreach (var (name, content) in files)
        {
            sheets += DocumentImporter.Default.Import(name, content).Document!.Sheets.Count;
        }

        return sheets;
    }
}
