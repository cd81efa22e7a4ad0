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
/// and says why in its commit.
/// </summary>
public class ReviewGoldenTests
{
    public static TheoryData<string> Outputs => ["merged", "unmerged"];

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Review_SeedsAndCorpus_MatchTheGoldenJson(string output)
    {
        var engine = output == "merged" ? RuleEngine.Default : new RuleEngine(RuleCatalogue.All, RuleSet.Default) { MergeFindings = false };
        var actual = Json(engine);
        var name = $"review-{output}.json";
        if (Environment.GetEnvironmentVariable("JIXIAO_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), name), actual, new UTF8Encoding(false));
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "review", name));
        Assert.True(expected == actual, $"{name} differs at character {FirstDifference(expected, actual)}: expected …{Around(expected, FirstDifference(expected, actual))}… got …{Around(actual, FirstDifference(expected, actual))}…");
    }

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
