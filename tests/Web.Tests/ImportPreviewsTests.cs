using Jixiao.Core.Review;
using Jixiao.Core.Targets;
using Jixiao.Web.Imports;
using Jixiao.Web.Startup;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Tests;

/// <summary>The previews' memory budget, per owner and in total, on a clock the test moves (docs/decisions/005).</summary>
public sealed class ImportPreviewsTests
{
    private readonly FakeClock clock = new();

    private ImportPreviews Previews(long total, long perUser) =>
        new(Options.Create(new JixiaoOptions { MaxPreviewBytes = total, MaxPreviewBytesPerUser = perUser }), clock);

    /// <summary>A preview of a one-sheet document with <paramref name="indicators"/> indicators named with <paramref name="nameLength"/> characters.</summary>
    private ImportPreview Preview(string owner, int indicators = 10, int nameLength = 10, int contentBytes = 100)
    {
        var position = new SourcePosition(null, 1, 1);
        var sheet = new TargetSheet
        {
            Kind = SheetKind.Project,
            Position = position,
            Indicators = [.. Enumerable.Range(0, indicators).Select(i => new Indicator
            {
                Level1 = "产出指标", Name = new string('指', nameLength), Value = new TargetValue("≥1人", Sign.GreaterOrEqual, 1, "人", false, ValueFlags.None), Position = position,
            })],
        };
        var document = new ImportedDocument("f.txt", [sheet], []);
        return new ImportPreview(Guid.NewGuid().ToString("N"), "f.txt", new byte[contentBytes], "", null, null, document,
            new DocumentReview(document, [new SheetReview(sheet, [])], []), null, clock.GetUtcNow() + ImportPreviews.Lifetime) { Owner = owner };
    }

    [Fact]
    public void Estimate_CountsWhatWasReadNotJustTheFileBytes()
    {
        var small = PreviewMemory.Estimate(Preview("a", indicators: 10, nameLength: 10));
        var manyRows = PreviewMemory.Estimate(Preview("a", indicators: 1000, nameLength: 10));
        var longNames = PreviewMemory.Estimate(Preview("a", indicators: 10, nameLength: 10_000));

        Assert.True(manyRows - small >= 990 * PreviewMemory.IndicatorOverhead, $"{manyRows} vs {small}");
        Assert.True(longNames - small >= 10 * 2 * 9_990, $"{longNames} vs {small}");
        Assert.True(small > 100 + PreviewMemory.PreviewOverhead);
    }

    [Fact]
    public void TryAdd_OwnerBudgetFull_RefusedWith503AndNothingDropped()
    {
        var size = PreviewMemory.Estimate(Preview("a"));
        using var previews = Previews(total: size * 100, perUser: (size * 2) + (size / 2));
        var first = Preview("a");
        var second = Preview("a");
        Assert.Null(previews.TryAdd(first));
        clock.Now += TimeSpan.FromMinutes(10);
        Assert.Null(previews.TryAdd(second));

        var refused = previews.TryAdd(Preview("a"));

        Assert.NotNull(refused);
        Assert.Equal(PreviewRefusal.OwnerBusyCode, refused.Code);
        Assert.Equal(503, refused.Status);
        Assert.Contains("暂存上限", refused.MessageZh, StringComparison.Ordinal);
        Assert.Equal((int)TimeSpan.FromMinutes(20).TotalSeconds, refused.RetryAfterSeconds);
        Assert.Same(first, previews.Find(first.Id));
        Assert.Same(second, previews.Find(second.Id));
        Assert.Null(previews.TryAdd(Preview("b")));
    }

    [Fact]
    public void TryAdd_TotalBudgetFull_RefusedAndEveryoneElsesPreviewsKept()
    {
        var size = PreviewMemory.Estimate(Preview("a"));
        using var previews = Previews(total: (size * 3) + (size / 2), perUser: size * 2);
        var kept = new[] { Preview("a"), Preview("b"), Preview("c") };
        Assert.All(kept, p => Assert.Null(previews.TryAdd(p)));

        var refused = previews.TryAdd(Preview("d"));

        Assert.NotNull(refused);
        Assert.Equal(PreviewRefusal.BusyCode, refused.Code);
        Assert.Equal(503, refused.Status);
        Assert.Contains("请约 30 分钟后再试", refused.MessageZh, StringComparison.Ordinal);
        Assert.All(kept, p => Assert.Same(p, previews.Find(p.Id)));
        Assert.Equal(size * 3, previews.HeldBytes);
    }

    [Fact]
    public void TryAdd_AfterOthersExpired_AcceptedAndExpiredOnesGone()
    {
        var size = PreviewMemory.Estimate(Preview("a"));
        using var previews = Previews(total: size, perUser: size);
        var old = Preview("a");
        Assert.Null(previews.TryAdd(old));
        Assert.NotNull(previews.TryAdd(Preview("b")));

        clock.Now += ImportPreviews.Lifetime;
        var fresh = Preview("b");

        Assert.Null(previews.TryAdd(fresh));
        Assert.Null(previews.Find(old.Id));
        Assert.Same(fresh, previews.Find(fresh.Id));
        Assert.Equal(size, previews.HeldBytes);
    }

    [Fact]
    public void TryAdd_SavedPreviewRemoved_FreesItsShare()
    {
        var size = PreviewMemory.Estimate(Preview("a"));
        using var previews = Previews(total: size, perUser: size);
        var first = Preview("a");
        Assert.Null(previews.TryAdd(first));

        previews.Remove(first.Id);

        Assert.Equal(0, previews.HeldBytes);
        Assert.Null(previews.TryAdd(Preview("a")));
    }

    [Fact]
    public void TryAdd_PreviewLargerThanAnOwnersBudget_413()
    {
        using var previews = Previews(total: 1_000_000, perUser: 50_000);

        var refused = previews.TryAdd(Preview("a", indicators: 10, nameLength: 10_000));

        Assert.NotNull(refused);
        Assert.Equal(PreviewRefusal.TooLargeCode, refused.Code);
        Assert.Equal(413, refused.Status);
        Assert.Null(refused.RetryAfterSeconds);
        Assert.Equal(0, previews.HeldBytes);
    }

    private sealed class FakeClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2024, 3, 1, 8, 30, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
