using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;

namespace Jixiao.Bench;

/// <summary>
/// Review: the whole 100,000-indicator synthetic corpus reviewed in memory with the default engine
/// on one thread. Target: at least 1,000,000 indicators per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ReviewBenchmarks
{
    public const int Indicators = 100_000;

    private IReadOnlyList<ImportedDocument> corpus = [];

    [GlobalSetup]
    public void Generate()
    {
        corpus = new CorpusGenerator(CorpusGenerator.ReadSeeds()).Generate(Indicators);
        _ = RuleEngine.Default; // the catalogue and rule set loaded outside the measurement
    }

    [Benchmark]
    public int ReviewCorpus()
    {
        var findings = 0;
        foreach (var document in corpus)
        {
            var review = RuleEngine.Default.Review(document);
            findings += review.DocumentFindings.Count;
            foreach (var sheet in review.Sheets)
            {
                findings += sheet.Findings.Count;
            }
        }

        return findings;
    }

    /// <summary>
    /// The review and then every finding's message and fix read, as the JSON writer, the CLI and the
    /// stored review do: findings are worded when first read (docs/decisions/024), so this is the
    /// whole cost when all of them are shown.
    /// </summary>
    [Benchmark]
    public int ReviewCorpusAndReadMessages()
    {
        var chars = 0;
        foreach (var document in corpus)
        {
            foreach (var finding in RuleEngine.Default.Review(document).AllFindings)
            {
                chars += finding.Message.Length + (finding.Fix?.Length ?? 0);
            }
        }

        return chars;
    }

    private sealed class Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public Config() => AddColumn(StatisticColumn.Min, new ThroughputColumn());
    }

    /// <summary>Indicators reviewed per second, from the mean time of one operation.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "IndicatorsPerSecond";

        public string ColumnName => "Indicators/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "indicators reviewed per second (100,000 / mean)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics?.Mean is { } nanoseconds and > 0
                ? (Indicators / (nanoseconds / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                : "-";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
