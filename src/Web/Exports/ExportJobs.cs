using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Jixiao.Core.Export.Forms;
using Jixiao.Data;
using Jixiao.Web.Startup;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Exports;

/// <summary>The work of one export: write the zip to the stream, report (done, total), return the sheets written.</summary>
public delegate Task<int> ExportWork(ExportJob job, Stream output, IProgress<(int Done, int Total)> progress, CancellationToken ct);

/// <summary>A request for an export that is refused now: 429 with a Chinese message, a code and when to try again.</summary>
public sealed record ExportRefusal(string Code, string MessageZh, TimeSpan RetryAfter);

/// <summary>
/// The region exports of this process (docs/decisions/018-region-export.md): a bounded queue worked one job
/// at a time, each job's zip in a temporary folder of this app's own. At most
/// <see cref="JixiaoOptions.MaxExportsPerUser"/> unfinished jobs per person and
/// <see cref="JixiaoOptions.MaxExportQueue"/> in all; beyond them 429. Finished jobs and their files are kept
/// <see cref="Lifetime"/>, then removed (a sweep every minute); the folder's job files are removed at start, so a
/// file a crash left behind does not stay. A restart forgets the jobs, as it forgets import previews.
/// </summary>
public sealed class ExportJobs : BackgroundService
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, ExportJob> jobs = new(StringComparer.Ordinal);
    private readonly Channel<ExportJob> queue = Channel.CreateUnbounded<ExportJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TimeProvider clock;
    private readonly ExportWork work;
    private readonly ILogger<ExportJobs> logger;
    private readonly ITimer sweeper;

    public ExportJobs(IOptions<JixiaoOptions> options, TimeProvider clock, ExportWork work, ILogger<ExportJobs> logger, string folder)
    {
        this.clock = clock;
        this.work = work;
        this.logger = logger;
        MaxPerOwner = Math.Max(1, options.Value.MaxExportsPerUser);
        MaxQueued = Math.Max(1, options.Value.MaxExportQueue);
        Folder = folder;
        Directory.CreateDirectory(Folder);

        // Zips an earlier run left (a crash, a restart): only files named as this class names them, so a folder
        // set by hand to somewhere shared loses nothing else.
        foreach (var left in Directory.EnumerateFiles(Folder, "*.zip").Where(f => IsJobFile(Path.GetFileName(f))))
        {
            File.Delete(left);
        }
        sweeper = clock.CreateTimer(_ => Sweep(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    public string Folder { get; }

    public int MaxPerOwner { get; }

    public int MaxQueued { get; }

    /// <summary>
    /// The app's own folder for export files: <c>Jixiao:ExportFolder</c>, else one under the system's temporary
    /// folder named after the database, so two apps on two databases (tests run several) never clean each other's.
    /// </summary>
    public static string FolderFor(string? configured, DatabaseSettings database) =>
        !string.IsNullOrWhiteSpace(configured) ? configured
        : Path.Combine(Path.GetTempPath(), "jixiao-exports", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(database.Provider + "|" + database.ConnectionString)))[..16]);

    /// <summary>The export itself: the region's sheets within the job's scope, read with a context of its own.</summary>
    public static ExportWork FromDatabase(IServiceScopeFactory scopes) => async (job, output, progress, ct) =>
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return await RegionFormExport.WriteAsync(db, job.Scope, job.Request, output, job.OwnerName, progress, ct);
    };

    private static bool IsJobFile(string name) => name.Length == 36 && name.EndsWith(".zip", StringComparison.Ordinal) && name[..32].All(char.IsAsciiHexDigitLower);

    /// <summary>Whose job it is: the signed-in user's id (cookie and token alike).</summary>
    public static string OwnerOf(Actor actor) => actor.UserId is { } id ? "user:" + id.ToString(CultureInfo.InvariantCulture) : "name:" + actor.UserName;

    /// <summary>Queues an export, or says why not now.</summary>
    public (ExportJob? Job, ExportRefusal? Refusal) Enqueue(string owner, string ownerName, SheetScope scope, RegionExportRequest request, int sheets)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            var unfinished = jobs.Values.Where(j => !j.IsFinished).ToList();
            var mine = unfinished.Count(j => j.Owner == owner);
            if (mine >= MaxPerOwner)
            {
                return (null, new ExportRefusal("EXPORT-TOO-MANY", $"您已有 {mine} 个导出任务在排队或生成中（每人至多 {MaxPerOwner} 个），请等其完成或取消后再试", TimeSpan.FromSeconds(30)));
            }

            if (unfinished.Count >= MaxQueued)
            {
                return (null, new ExportRefusal("EXPORT-QUEUE-FULL", $"导出队列已满（{unfinished.Count} 个任务），请稍后再试", TimeSpan.FromMinutes(1)));
            }

            var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var job = new ExportJob
            {
                Id = id,
                Owner = owner,
                OwnerName = ownerName,
                Scope = scope,
                Request = request,
                CreatedAt = now,
                FilePath = Path.Combine(Folder, id + ".zip"),
                FileName = string.Create(CultureInfo.InvariantCulture, $"绩效目标表-{request.RegionCode}-{request.Year}-{request.Format}.zip"),
            };
            job.Report(0, sheets);
            jobs[id] = job;
            queue.Writer.TryWrite(job);
            return (job, null);
        }
    }

    /// <summary>The job if it exists and is <paramref name="owner"/>'s; anyone else's is not told of.</summary>
    public ExportJob? Find(string id, string owner)
    {
        lock (gate)
        {
            return jobs.TryGetValue(id, out var job) && job.Owner == owner ? job : null;
        }
    }

    /// <summary>The owner's jobs, newest first.</summary>
    public IReadOnlyList<ExportJob> Of(string owner)
    {
        lock (gate)
        {
            return [.. jobs.Values.Where(j => j.Owner == owner).OrderByDescending(j => j.CreatedAt).ThenBy(j => j.Id, StringComparer.Ordinal)];
        }
    }

    /// <summary>Cancels a queued or running job (its file is removed); a finished one is removed with its file. False when not the owner's.</summary>
    public bool Cancel(string id, string owner)
    {
        var job = Find(id, owner);
        if (job is null)
        {
            return false;
        }

        if (job.MoveTo(ExportState.Cancelled, clock.GetUtcNow(), "EXPORT-CANCELLED", "导出已取消"))
        {
            job.Cancellation.Cancel();
            DeleteFile(job);
            return true;
        }

        lock (gate)
        {
            jobs.Remove(id);
        }

        DeleteFile(job);
        return true;
    }

    /// <summary>Removes finished jobs older than <see cref="Lifetime"/> with their files.</summary>
    public void Sweep()
    {
        var now = clock.GetUtcNow();
        List<ExportJob> expired;
        lock (gate)
        {
            expired = [.. jobs.Values.Where(j => j.FinishedAt is { } at && now - at >= Lifetime)];
            foreach (var job in expired)
            {
                jobs.Remove(job.Id);
            }
        }

        foreach (var job in expired)
        {
            DeleteFile(job);
        }
    }

    public override void Dispose()
    {
        sweeper.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await RunAsync(job, stoppingToken);
        }
    }

    private async Task RunAsync(ExportJob job, CancellationToken stopping)
    {
        if (!job.MoveTo(ExportState.Running, clock.GetUtcNow()))
        {
            return; // cancelled while queued
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, job.Cancellation.Token);
        try
        {
            int written;
            await using (var file = new FileStream(job.FilePath, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                // Off the queue's thread: the forms are written synchronously, and a PDF batch waits on LibreOffice.
                written = await Task.Run(() => work(job, file, new JobProgress(job), linked.Token), linked.Token);
            }

            job.Report(written, written);
            if (!job.MoveTo(ExportState.Completed, clock.GetUtcNow(), bytes: new FileInfo(job.FilePath).Length))
            {
                DeleteFile(job);
            }
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            job.MoveTo(ExportState.Cancelled, clock.GetUtcNow(), "EXPORT-CANCELLED", stopping.IsCancellationRequested ? "服务已停止，导出未完成" : "导出已取消");
            DeleteFile(job);
        }
        catch (FormFormatUnavailableException e)
        {
            job.MoveTo(ExportState.Failed, clock.GetUtcNow(), "EXPORT-FORMAT-UNAVAILABLE", e.Message);
            DeleteFile(job);
        }
        catch (Exception e)
        {
            logger.LogError(e, "export {Id} of {Region} {Year} failed", job.Id, job.Request.RegionCode, job.Request.Year);
            job.MoveTo(ExportState.Failed, clock.GetUtcNow(), "EXPORT-FAILED", "生成导出文件时出错，请稍后重试；如仍出错请联系管理员");
            DeleteFile(job);
        }
    }

    private static void DeleteFile(ExportJob job)
    {
        try
        {
            File.Delete(job.FilePath);
        }
        catch (IOException)
        {
            // Still being written: the job's cancellation stops the writer, and the next start empties the folder.
        }
    }

    /// <summary>Reports straight into the job (not through a synchronisation context, as Progress&lt;T&gt; would).</summary>
    private sealed class JobProgress(ExportJob job) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => job.Report(value.Done, value.Total);
    }
}
