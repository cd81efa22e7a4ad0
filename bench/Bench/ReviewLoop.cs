using System.Diagnostics;
using Jixiao.Core.Review;
using Jixiao.Core.Targets;

namespace Jixiao.Bench;

/// <summary>
/// `review-loop [N]`: the whole corpus reviewed N times (default 20) with the default engine, each
/// time printed — a steady load to attach a profiler to (perf with DOTNET_PerfMapEnabled=1, dotnet-trace).
/// </summary>
public static class ReviewLoop
{
    public static void Run(IReadOnlyList<ImportedDocument> corpus, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadClock.Milliseconds();
            var watch = Stopwatch.StartNew();
            var findings = 0;
            foreach (var document in corpus)
            {
                // Counted as ReviewBenchmarks.ReviewCorpus counts, so the loop measures what the benchmark of record does.
                var review = RuleEngine.Default.Review(document);
                findings += review.DocumentFindings.Count;
                foreach (var sheet in review.Sheets)
                {
                    findings += sheet.Findings.Count;
                }
            }

            var cpuMs = ThreadClock.Milliseconds() - cpu;
            Console.WriteLine($"{watch.Elapsed.TotalMilliseconds,8:0.0} ms {cpuMs,8:0.0} ms CPU {(GC.GetAllocatedBytesForCurrentThread() - before) / 1e6,8:0.0} MB {findings} findings");
        }
    }
}
