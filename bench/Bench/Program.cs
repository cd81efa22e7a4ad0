using BenchmarkDotNet.Running;
using Jixiao.Bench;

// The seed folder is resolved once here and handed to BenchmarkDotNet's child processes through
// the environment, so the suites read the same files wherever the harness builds them.
SeedFiles.Publish();

// `corpus OUT [INDICATORS]`: writes the synthetic corpus as text files and checks they read back.
if (args is ["corpus", var folder, ..])
{
    var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : ReviewBenchmarks.Indicators;
    var corpus = new CorpusGenerator(CorpusGenerator.ReadSeeds()).Generate(count);
    CorpusText.Write(corpus, folder);
    var problems = CorpusText.Verify(corpus, folder);
    Console.WriteLine($"{corpus.Count} files, {corpus.Sum(d => d.Sheets.Count)} sheets, {corpus.Sum(d => d.Sheets.Sum(s => s.Indicators.Count))} indicators written to {folder}; {problems.Count} read back differently");
    foreach (var problem in problems.Take(20))
    {
        Console.WriteLine("  " + problem);
    }

    return problems.Count == 0 ? 0 : 1;
}

// `upload-files OUT [BYTES]`: a file of each kind just under the upload limit, for bench/load/upload-memory.sh.
if (args is ["upload-files", ..])
{
    return UploadFiles.Run(args);
}

// `fill --provider sqlite|postgres --connection STRING [--sheets N] [--indicators N]`: a database for the web load test.
if (args is ["fill", ..])
{
    return await Fill.RunAsync(args);
}

// `large-save [--provider sqlite|postgres] [--connection STRING] [--sheets 640,1280,5000] [--limit S]`: one big document's save, timed.
if (args is ["large-save", ..])
{
    return await LargeSave.RunAsync(args);
}

// `forms [--sheets 1000] [--formats xlsx,docx,html,pdf] [--out DIR]`: the official forms of N sheets written, timed (issue 11).
if (args is ["forms", ..])
{
    return FormExportRun.Run(args);
}

// `region-export --connection STRING --region CODE --year YYYY [--formats xlsx,html]`: a region-year's zip of forms, timed (issue 11 item 4).
if (args is ["region-export", ..])
{
    return await RegionExportRun.RunAsync(args);
}

// `rules`: the cost of each review rule on the corpus, to find the slow one by name.
if (args is ["rules", ..])
{
    RuleCosts.Print(new CorpusGenerator(CorpusGenerator.ReadSeeds()).Generate(ReviewBenchmarks.Indicators));
    return 0;
}

// `review-digest`: a digest of the whole corpus's review output, to show a faster review says the same.
if (args is ["review-digest", ..])
{
    ReviewDigest.Print(new CorpusGenerator(CorpusGenerator.ReadSeeds()).Generate(ReviewBenchmarks.Indicators));
    return 0;
}

// `review-loop [N]`: the corpus reviewed N times, to profile.
if (args is ["review-loop", ..])
{
    ReviewLoop.Run(new CorpusGenerator(CorpusGenerator.ReadSeeds()).Generate(ReviewBenchmarks.Indicators), args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return 0;
}

// `review-ab BUILD_A BUILD_B [PAIRS]`: two builds' reviews of the corpus alternated in one process, compared pass by pass.
if (args is ["review-ab", ..])
{
    return ReviewAB.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(SeedFiles).Assembly).Run(args);
return 0;
