using System.Security.Cryptography;
using System.Text;

namespace Jixiao.Data.Tests;

/// <summary>
/// Snapshots are served while their format is <see cref="SheetSnapshots.FormatVersion"/>; this holds
/// the JSON each format stands for. When the JSON of a sheet changes (the contract's writer, the
/// mapping), this fails: bump FormatVersion and add its digest here, leaving the old ones — so
/// stored snapshots of the old JSON are rebuilt instead of served.
/// </summary>
public sealed class SheetSnapshotFormatTests
{
    private static readonly Dictionary<int, string> Digests = new()
    {
        [1] = "562407aa8fd9c09554090df40fe198c5e2a1283820232912b18d326e7dda75ed",
        // 2: a sheet's assumptions (what the reader inferred) are stored and served.
        [2] = "3053fcd344dca8fb46184ff92779218b75538ea0da566065fc5648a12535f112",
        // 3: seed 003's amounts without a unit are listed as assumptions (按万元计).
        [3] = "c2605dedac48f902c5688428773d3b609fee224a686f16fe0074f58fe357d6b6",
        // 4: header fields, goals, 职能, key tasks, spending plan, measures, plans and indicator explanations are served (issue 11).
        [4] = "bf274b3a2a5943cc18ac444e0a2869da251f7cafbc19c8ec66e82c3b8fff5aeb",
        // 5: seed 002's list number before a labelled goal (1.目标1：…) stays with the goal, no goal "1." (issue 11).
        [5] = "daaf547539c7bc9102ce631607fc8c5603b8b0dbb8175e671b5b154d32be038d",
    };

    [Fact]
    public void Body_SeedsAndEveryField_DigestIsTheFormatVersions()
    {
        var sheets = Seeds.All.SelectMany(s => Seeds.Read(s).Sheets).Concat(EveryFieldTests.Document().Sheets);
        var text = new StringBuilder();
        foreach (var sheet in sheets)
        {
            text.Append(SheetSnapshots.Body(sheet)).Append('\n');
        }

        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));

        Assert.True(
            Digests.TryGetValue(SheetSnapshots.FormatVersion, out var expected) && expected == digest,
            $"目标表的 JSON 已改变：请把 SheetSnapshots.FormatVersion 加一，并在此登记 [{SheetSnapshots.FormatVersion + 1}] = \"{digest}\" / " +
            $"the served JSON changed: bump SheetSnapshots.FormatVersion and add [{SheetSnapshots.FormatVersion + 1}] = \"{digest}\" here");
    }
}
