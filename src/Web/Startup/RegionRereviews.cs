using Jixiao.Data;
using Jixiao.Web.Sheets;

namespace Jixiao.Web.Startup;

/// <summary>
/// Reviews again, in the background, the sheets whose stored findings are not of their region's rule set, or of the
/// default for sheets without a region (docs/decisions/020; <see cref="RegionReviews"/> does the work, in chunks): after
/// start — a run a restart interrupted, a rules folder that changed, an upgrade whose rules find otherwise — and
/// whenever <see cref="Signal"/> says a region's set changed with more sheets than a request reviews itself. While some are left (a sheet edited in the middle), it
/// tries again every <see cref="RetryAfter"/>. The regions list shows each region's pending sheets meanwhile.
/// </summary>
public sealed class RegionRereviews(IServiceScopeFactory scopes, RuleSetChoice ruleSets, ILogger<RegionRereviews> logger) : BackgroundService
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim wake = new(0, 1);

    /// <summary>Asks for a run soon (one run answers any number of signals given before it starts).</summary>
    public void Signal()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A run is already asked for.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var left = false;
            try
            {
                left = await RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Busy or unreachable now: what was written is whole per sheet; the rest is still pending.
                logger.LogWarning(e, "按地区审核规则集重新审核时出错，稍后重试");
                left = true;
            }

            try
            {
                if (left)
                {
                    await wake.WaitAsync(RetryAfter, stoppingToken);
                }
                else
                {
                    await wake.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over the regions with pending sheets; whether some are still pending.</summary>
    private async Task<bool> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var left = false;
        foreach (var region in await RegionReviews.RegionsWithPendingAsync(db, ruleSets.StampOf, ct))
        {
            var progress = await RegionReviews.ReviewAsync(db, Actor.System("重新审核"), region, ruleSets.Engine, int.MaxValue, ct);
            logger.LogInformation("已按地区 {Region} 的审核规则集重新审核 {Count} 张目标表，尚余 {Pending} 张", region, progress.Reviewed, progress.Pending);
            left |= progress.Pending > 0;
        }

        // Sheets stored without a region are reviewed with the default: after an upgrade whose rules find otherwise
        // (RuleCatalogue.Revision) theirs are pending too.
        if (await RegionReviews.PendingWithoutRegionAsync(db, ruleSets.StampOf, ct) > 0)
        {
            var progress = await RegionReviews.ReviewAsync(db, Actor.System("重新审核"), null, ruleSets.Engine, int.MaxValue, ct);
            logger.LogInformation("已按默认审核规则集重新审核未指定地区的 {Count} 张目标表，尚余 {Pending} 张", progress.Reviewed, progress.Pending);
            left |= progress.Pending > 0;
        }

        return left;
    }

    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }
}
