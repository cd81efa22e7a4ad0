using Jixiao.Data;

namespace Jixiao.Web.Startup;

/// <summary>
/// Removes the documents whose chunked save was interrupted (a killed process, a lost database
/// connection; docs/decisions/014-chunked-saves.md): after start, then every
/// <see cref="DocumentSaves.AbandonedAfter"/>. They are invisible meanwhile; this only frees their rows.
/// </summary>
public sealed class AbandonedSaves(IServiceScopeFactory scopes, ILogger<AbandonedSaves> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
                var removed = await DocumentSaves.RemoveAbandonedAsync(db, stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("已清除 {Count} 个未保存完成的文档", removed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Busy or unreachable now: the next round tries again.
                logger.LogWarning(e, "清除未保存完成的文档时出错，稍后重试");
            }

            try
            {
                await Task.Delay(DocumentSaves.AbandonedAfter, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
