using System.Security.Cryptography;
using System.Text;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Reporting;
using Jixiao.Core.Targets;

namespace Jixiao.Bench;

/// <summary>
/// `review-digest`: the SHA-256 of the review contract's JSON of the whole synthetic corpus, merged and
/// with the merge pass off — the same before and after a change that is meant to make the review
/// faster without changing what it says (tests/Core.Tests pins the seeds and the corpus files).
/// </summary>
public static class ReviewDigest
{
    public static void Print(IReadOnlyList<ImportedDocument> corpus)
    {
        foreach (var (name, engine) in new[]
        {
            ("merged", RuleEngine.Default),
            ("unmerged", new RuleEngine(RuleCatalogue.All, RuleSet.Default) { MergeFindings = false }),
        })
        {
            var reviews = corpus.Select(engine.Review).ToList();
            var json = ReviewJson.ToJson(reviews);
            var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
            Console.WriteLine($"{name,-9} {reviews.Sum(r => r.AllFindings.Count()),7} findings {json.Length,11:N0} chars sha256 {digest}");
        }

        PrintPlaces(corpus);
    }

    /// <summary>
    /// Each sheet reviewed alone in its place, with the document rules' findings its document's review gave it, against
    /// that review (docs/decisions/022): the count of sheets that differ, and the first difference.
    /// </summary>
    private static void PrintPlaces(IReadOnlyList<ImportedDocument> corpus)
    {
        var sheets = 0;
        var differ = 0;
        string? first = null;
        foreach (var document in corpus)
        {
            var whole = RuleEngine.Default.Review(document);
            var names = SheetPlace.ProjectNamesOf(document.Sheets);
            for (var i = 0; i < document.Sheets.Count; i++)
            {
                sheets++;
                var expected = whole.Sheets[i].Findings;
                var fromDocument = expected.Where(f => RuleEngine.DocumentRuleIds.Contains(f.RuleId)).ToList();
                var alone = RuleEngine.Default.Review(document.Sheets[i], SheetPlace.In(document, i, names), fromDocument);
                var (a, b) = (Describe(expected), Describe(alone));
                if (!a.SequenceEqual(b, StringComparer.Ordinal))
                {
                    differ++;
                    first ??= $"{document.Source} sheet {i}: {a.Except(b, StringComparer.Ordinal).FirstOrDefault()} ≠ {b.Except(a, StringComparer.Ordinal).FirstOrDefault()}";
                }
            }
        }

        Console.WriteLine($"places    {sheets,7} sheets alone in their place, {differ} differ from their document's review{(first is null ? "" : ": " + first)}");
    }

    private static List<string> Describe(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.RuleId} {f.Severity} {f.Position} {f.Indicator?.Name} {f.Message} | {f.Fix} | {f.Doubt}")];
}
