using System.Text;
using Jixiao.Core.Reading;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Reporting;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Review;

/// <summary>
/// The review of every seed and corpus document, pinned as the review contract's JSON (merged, as the
/// CLI and the web app run it, and each rule's own findings with the merge pass off), so work on the
/// engine's speed cannot change a message, a fix, a position or a merge. A deliberate change of the
/// output regenerates the files with <c>JIXIAO_UPDATE_GOLDEN=1 dotnet test --filter ReviewGolden</c>
/// and says why in its commit; it must come with a new <see cref="RuleCatalogue.Revision"/> (recorded in
/// revision.txt beside the files), so stored findings are reviewed again after the upgrade.
/// </summary>
public class ReviewGoldenTests
{
    private static readonly string[] Outputs = ["merged", "unmerged"];

    [Fact]
    public void Review_SeedsAndCorpus_MatchTheGoldenJsonOfTheCatalogueRevision()
    {
        var actual = Outputs.ToDictionary(o => o, o => Json(o == "merged" ? RuleEngine.Default : new RuleEngine(RuleCatalogue.All, RuleSet.Default) { MergeFindings = false }));
        var revision = RuleCatalogue.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var update = Environment.GetEnvironmentVariable("JIXIAO_UPDATE_GOLDEN") == "1";
        if (update)
        {
            var folder = SourceFolder();
            var changed = Outputs.Where(o => !File.Exists(Path.Combine(folder, Name(o))) || File.ReadAllText(Path.Combine(folder, Name(o))).ReplaceLineEndings("\n") != actual[o]).ToList();
            var recorded = File.Exists(Path.Combine(folder, RevisionFile)) ? File.ReadAllText(Path.Combine(folder, RevisionFile)).Trim() : "";
            Assert.False(changed.Count > 0 && recorded == revision,
                $"the review's output changed ({string.Join("、", changed)}) at the same RuleCatalogue.Revision {revision}: raise it, so the findings stored before are reviewed again after the upgrade");
            foreach (var output in Outputs)
            {
                File.WriteAllText(Path.Combine(folder, Name(output)), actual[output], new UTF8Encoding(false));
            }

            File.WriteAllText(Path.Combine(folder, RevisionFile), revision + "\n", new UTF8Encoding(false));
        }

        var golden = update ? SourceFolder() : Path.Combine(AppContext.BaseDirectory, "TestData", "review");
        Assert.True(File.ReadAllText(Path.Combine(golden, RevisionFile)).Trim() == revision,
            $"the golden reviews were written at revision {File.ReadAllText(Path.Combine(golden, RevisionFile)).Trim()}, RuleCatalogue.Revision is {revision}: regenerate them (JIXIAO_UPDATE_GOLDEN=1)");
        foreach (var output in Outputs)
        {
            var expected = File.ReadAllText(Path.Combine(golden, Name(output)));
            var at = FirstDifference(expected, actual[output]);
            Assert.True(expected == actual[output], $"{Name(output)} differs at character {at}: expected …{Around(expected, at)}… got …{Around(actual[output], at)}…");
        }
    }

    private const string RevisionFile = "revision.txt";

    private static string Name(string output) => $"review-{output}.json";

    private static string Json(RuleEngine engine)
    {
        var files = Seeds.All.Select(Seeds.PathOf)
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "raw"), "*.txt").Order(StringComparer.Ordinal));
        var reviews = new List<DocumentReview>();
        foreach (var file in files)
        {
            var outcome = DocumentImporter.Default.ImportFile(file);
            Assert.Null(outcome.Error);
            var document = outcome.Document! with { Source = Path.GetFileName(file) };
            reviews.Add(engine.Review(document));
        }

        Assert.True(reviews.Sum(r => r.AllFindings.Count()) > 100, "the seeds and the corpus should give well over 100 findings");
        return ReviewJson.ToJson(reviews).ReplaceLineEndings("\n");
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static string Around(string text, int at) => text[Math.Max(0, at - 80)..Math.Min(text.Length, at + 80)];

    private static string SourceFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Jixiao.slnx not found above the test output"), "tests", "Core.Tests", "TestData", "review");
    }
}
