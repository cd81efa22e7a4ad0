using Jixiao.Core.Review;
using Jixiao.Core.Targets;

namespace Jixiao.Bench;

/// <summary>
/// `rules`: what each rule costs on the synthetic corpus — the thread's CPU time and bytes allocated when it runs
/// alone, over the engine's own cost with no rule — so a slow rule is found by name, not guessed.
/// A quick profile, not a benchmark: BenchmarkDotNet's ReviewBenchmarks gives the figure of record.
/// </summary>
public static class RuleCosts
{
    public static void Print(IReadOnlyList<ImportedDocument> corpus)
    {
        Measure(RuleEngine.Default, corpus); // everything jitted and tiered up before the baseline
        var baseline = Measure(new RuleEngine([], RuleSet.Default), corpus);
        Console.WriteLine($"engine without rules: {baseline.Ms,8:0.0} ms {baseline.Bytes / 1e6,8:0.0} MB");
        var rows = RuleCatalogue.All
            .Select(rule => (rule.Info.Id, Cost: Measure(new RuleEngine([rule], RuleSet.Default), corpus)))
            .OrderByDescending(r => r.Cost.Ms)
            .ToList();
        foreach (var (id, cost) in rows)
        {
            Console.WriteLine($"{id,-30} {cost.Ms - baseline.Ms,8:0.0} ms {(cost.Bytes - baseline.Bytes) / 1e6,8:0.0} MB {cost.Findings,7} findings");
        }

        foreach (var (kind, rules) in new (string, Rule[])[]
        {
            ("indicator rules", [.. RuleCatalogue.All.OfType<IndicatorRule>()]),
            ("sheet rules", [.. RuleCatalogue.All.OfType<SheetRule>()]),
            ("document rules", [.. RuleCatalogue.All.OfType<DocumentRule>()]),
        })
        {
            var cost = Measure(new RuleEngine(rules, RuleSet.Default) { MergeFindings = false }, corpus);
            Console.WriteLine($"{kind,-30} {cost.Ms - baseline.Ms,8:0.0} ms {(cost.Bytes - baseline.Bytes) / 1e6,8:0.0} MB {cost.Findings,7} findings ({rules.Length} rules, unmerged)");
        }

        var unmerged = Measure(new RuleEngine(RuleCatalogue.All, RuleSet.Default) { MergeFindings = false }, corpus);
        var all = Measure(RuleEngine.Default, corpus);
        Console.WriteLine($"merge pass: {all.Ms - unmerged.Ms:0.0} ms, {(all.Bytes - unmerged.Bytes) / 1e6:0.0} MB ({unmerged.Findings} findings → {all.Findings})");
        var indicators = corpus.Sum(d => d.Sheets.Sum(s => s.Indicators.Count));
        Console.WriteLine($"all rules: {all.Ms:0.0} ms, {all.Bytes / 1e6:0.0} MB, {all.Findings} findings, {indicators / (all.Ms / 1000):N0} indicators/s");
    }

    private static (double Ms, long Bytes, int Findings) Measure(RuleEngine engine, IReadOnlyList<ImportedDocument> corpus)
    {
        Run(engine, corpus); // warm
        var best = double.MaxValue;
        long bytes = 0;
        var findings = 0;
        for (var i = 0; i < 5; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadClock.Milliseconds();
            findings = Run(engine, corpus);
            best = Math.Min(best, ThreadClock.Milliseconds() - cpu);
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        return (best, bytes, findings);
    }

    private static int Run(RuleEngine engine, IReadOnlyList<ImportedDocument> corpus)
    {
        var findings = 0;
        foreach (var document in corpus)
        {
            findings += engine.Review(document).AllFindings.Count();
        }

        return findings;
    }
}
