using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Reading.Fuzz;

/// <summary>What the fuzzer mutates: the seeds and the corpus texts, each as lines (cells tab-separated) and as the text reader's rows.</summary>
public sealed record FuzzSource(string Name, string Text, IReadOnlyList<string> Rows)
{
    private static readonly Lazy<IReadOnlyList<FuzzSource>> Loaded = new(Load);

    public static IReadOnlyList<FuzzSource> All => Loaded.Value;

    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Corpus", "raw");

    private static List<FuzzSource> Load()
    {
        var files = Seeds.All.Select(Seeds.PathOf).Concat(Directory.EnumerateFiles(CorpusFolder, "*.txt").Order(StringComparer.Ordinal)).ToList();
        Assert.True(files.Count > Seeds.All.Length, "the corpus texts are copied next to the tests");
        return files.Select(path =>
        {
            var bytes = File.ReadAllBytes(path);
            var read = new TextTableReader().Read(Path.GetFileName(path), bytes).Document ?? throw new InvalidOperationException(path);
            var rows = read.Grids[0].Rows.Select(r => string.Join('\t', r.Cells.Select(c => c.Text))).ToList();
            return new FuzzSource(Path.GetFileNameWithoutExtension(path), TextDecoding.Decode(bytes, out _)!, rows);
        }).ToList();
    }
}
