using System.Collections;
using System.Reflection;
using System.Runtime.Loader;

namespace Jixiao.Bench;

/// <summary>
/// `review-ab BUILD_A BUILD_B [PAIRS]`: two builds of Jixiao (folders with Bench.dll and Jixiao.Core.dll, as
/// <c>dotnet build -c Release bench/Bench -o DIR</c> writes them) review the synthetic corpus in one process, each in a
/// load context of its own with its own corpus, alternating pass by pass (A B, B A, …). Each pass is timed in the
/// thread's CPU time; what is reported is, per pair of neighbouring passes, B's time over A's.
/// <para>
/// This machine's host changes speed by up to half within minutes, so two builds measured one after the other compare
/// the host as much as the code; passes a tenth of a second apart see the same host, and the median of the pairs'
/// ratios tells a change of 1% from none. BenchmarkDotNet's ReviewBenchmarks stays the figure of record.
/// </para>
/// </summary>
public static class ReviewAB
{
    public static int Run(string[] args)
    {
        if (args.Length < 3 || !Directory.Exists(args[1]) || !Directory.Exists(args[2]))
        {
            Console.Error.WriteLine("usage: review-ab BUILD_A BUILD_B [PAIRS]  (each a folder from dotnet build -c Release bench/Bench -o DIR)");
            return 2;
        }

        var pairs = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var builds = new[] { Load(args[1]), Load(args[2]) };
        for (var i = 0; i < 15; i++)
        {
            // Both builds jitted and tiered up, their corpora touched, before anything is counted.
            builds[0]();
            builds[1]();
        }

        var times = new[] { new double[pairs], new double[pairs] };
        for (var p = 0; p < pairs; p++)
        {
            var first = p % 2; // A first in one pair, B first in the next: neither always runs after the other
            times[first][p] = builds[first]();
            times[1 - first][p] = builds[1 - first]();
        }

        var ratios = times[1].Zip(times[0], (b, a) => b / a).Order().ToArray();
        foreach (var (name, t) in new[] { ("A", times[0]), ("B", times[1]) })
        {
            var sorted = t.Order().ToArray();
            Console.WriteLine($"{name}: min {sorted[0],7:0.0} ms  median {sorted[pairs / 2],7:0.0} ms  ({(name == "A" ? args[1] : args[2])})");
        }

        Console.WriteLine($"B/A per pair: median {ratios[pairs / 2]:0.000}  middle half {ratios[pairs / 4]:0.000}–{ratios[3 * pairs / 4]:0.000}");
        return 0;
    }

    /// <summary>A build loaded apart, its corpus generated; the function reviews the corpus once and returns the thread's CPU milliseconds.</summary>
    private static Func<double> Load(string folder)
    {
        folder = Path.GetFullPath(folder);
        var context = new BuildContext(folder);
        var bench = context.LoadFromAssemblyPath(Path.Combine(folder, "Bench.dll"));
        var core = context.LoadFromAssemblyPath(Path.Combine(folder, "Jixiao.Core.dll"));
        bench.GetType("Jixiao.Bench.SeedFiles", throwOnError: true)!.GetMethod(nameof(SeedFiles.Publish))!.Invoke(null, null);
        var generatorType = bench.GetType("Jixiao.Bench.CorpusGenerator", throwOnError: true)!;
        var seeds = generatorType.GetMethod(nameof(CorpusGenerator.ReadSeeds))!.Invoke(null, null);
        var generator = generatorType.GetConstructors()[0].Invoke([seeds, 2024]);
        var corpus = ((IEnumerable)generatorType.GetMethod(nameof(CorpusGenerator.Generate))!.Invoke(generator, [ReviewBenchmarks.Indicators])!).Cast<object>().ToArray();

        var engineType = core.GetType("Jixiao.Core.Review.RuleEngine", throwOnError: true)!;
        var engine = engineType.GetProperty("Default")!.GetValue(null)!;
        var documentType = core.GetType("Jixiao.Core.Targets.ImportedDocument", throwOnError: true)!;
        var document = System.Linq.Expressions.Expression.Parameter(typeof(object));
        var review = System.Linq.Expressions.Expression.Lambda<Func<object, object>>(
            System.Linq.Expressions.Expression.Call(System.Linq.Expressions.Expression.Constant(engine), engineType.GetMethod("Review", [documentType])!, System.Linq.Expressions.Expression.Convert(document, documentType)),
            document).Compile();
        return () =>
        {
            var start = ThreadClock.Milliseconds();
            foreach (var d in corpus)
            {
                review(d);
            }

            return ThreadClock.Milliseconds() - start;
        };
    }

    /// <summary>Loads a build's assemblies from its folder, apart from this process's own copies of them.</summary>
    private sealed class BuildContext(string folder) : AssemblyLoadContext($"build {folder}")
    {
        private readonly AssemblyDependencyResolver resolver = new(Path.Combine(folder, "Bench.dll"));

        protected override Assembly? Load(AssemblyName name) =>
            resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
