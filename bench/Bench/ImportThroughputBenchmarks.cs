using System.Text;
using BenchmarkDotNet.Attributes;
using Jixiao.Core.Reading;

namespace Jixiao.Bench;

/// <summary>
/// Import throughput (issue 9): every seed and every corpus file (ten text shapes), and a synthetic
/// corpus of 2,000 indicators written as seed-004-shaped text, read from bytes in memory on one
/// thread. Figures are reported as MB of text per second: bytes of the set / mean time. Target
/// ≥ 30 MB/s; the general pipeline must not be slower than the seed-only one was (8 MB/s).
/// </summary>
[MemoryDiagnoser]
public class ImportThroughputBenchmarks
{
    private readonly List<(string Name, byte[] Content)> seedsAndCorpus = [];
    private readonly List<(string Name, byte[] Content)> synthetic = [];

    [GlobalSetup]
    public void Load()
    {
        foreach (var name in SeedFiles.Names)
        {
            seedsAndCorpus.Add((name + ".txt", SeedFiles.Read(name)));
        }

        var corpus = Path.Combine(SeedFiles.Folder, "..", "corpus", "raw");
        foreach (var path in Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            seedsAndCorpus.Add((Path.GetFileName(path), File.ReadAllBytes(path)));
        }

        foreach (var document in new CorpusGenerator(CorpusGenerator.ReadSeeds()).Generate(2_000))
        {
            synthetic.Add((document.Source, Encoding.UTF8.GetBytes(CorpusText.ToText(document))));
        }

        Console.WriteLine($"// seeds + corpus: {seedsAndCorpus.Sum(f => f.Content.Length):N0} bytes in {seedsAndCorpus.Count} files; synthetic: {synthetic.Sum(f => f.Content.Length):N0} bytes in {synthetic.Count} files");
    }

    [Benchmark]
    public int SeedsAndCorpus() => ImportAll(seedsAndCorpus);

    [Benchmark]
    public int Synthetic() => ImportAll(synthetic);

    private static int ImportAll(List<(string Name, byte[] Content)> files)
    {
        var sheets = 0;
        foreach (var (name, content) in files)
        {
            sheets += DocumentImporter.Default.Import(name, content).Document?.Sheets.Count ?? 0;
        }

        return sheets;
    }
}
