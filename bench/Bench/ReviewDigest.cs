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
    }
}
