using Jixiao.Data;

namespace Jixiao.Web.Startup;

/// <summary>
/// After start, rebuilds the sheet snapshots an older build wrote (docs/decisions/006-read-models.md)
/// in small batches, so that readers find them current instead of each rebuilding one.
/// </summary>
public sealed class SnapshotRefresher(IServiceScopeFactory scopes, ILogger<SnapshotRefresher> logger) : BackgroundService
{
    public const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var total = 0;
        long after = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
                var (rebuilt, last) = await SheetSnapshots.RefreshStaleAsync(db, after, BatchSize, stoppingToken);
                if (last is not { } lastId)
                {
                    break;
                }

                total += rebuilt;
                after = lastId;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readers rebuild what is left; the app serves on.
            logger.LogWarning(e, "目标表快照更新中断，已更新 {Count} 张", total);
            return;
        }

        if (total > 0)
        {
            logger.LogInformation("已更新 {Count} 张目标表的快照", total);
        }
    }
}
