using Jixiao.Core.Export.Forms;
using Jixiao.Data;
using Jixiao.Web.Exports;
using Jixiao.Web.Startup;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Tests;

/// <summary>The export queue on its own, with work the test decides and a clock it moves: failures, cancellation, expiry and the start's clean-up.</summary>
public sealed class ExportJobsTests : IDisposable
{
    private static readonly RegionExportRequest Request = new("630123", 2024, "xlsx");

    private readonly FakeClock clock = new();
    private readonly string folder = Path.Combine(Path.GetTempPath(), "jixiao-export-tests", Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ExportJobs Jobs(ExportWork work) =>
        new(Options.Create(new JixiaoOptions()), clock, work, NullLogger<ExportJobs>.Instance, folder);

    private static async Task<ExportJob> FinishedAsync(ExportJob job)
    {
        for (var i = 0; i < 500 && !job.IsFinished; i++)
        {
            await Task.Delay(10, Ct);
        }

        Assert.True(job.IsFinished, "the job did not finish");
        return job;
    }

    private static ExportJob Enqueue(ExportJobs jobs, string owner = "user:1") =>
        jobs.Enqueue(owner, "测试", SheetScope.All, Request, 3).Job!;

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Constructor_ZipsLeftByAnEarlierRun_RemovedAndNothingElse()
    {
        Directory.CreateDirectory(folder);
        var left = Path.Combine(folder, Convert.ToHexStringLower(new byte[16]) + ".zip");
        File.WriteAllText(left, "x");
        File.WriteAllText(Path.Combine(folder, "someone-elses.zip"), "x");

        using var jobs = Jobs((_, _, _, _) => Task.FromResult(0));

        Assert.Equal(["someone-elses.zip"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Sweep_AnHourAfterFinishing_JobAndFileRemoved()
    {
        using var jobs = Jobs(async (_, output, progress, _) =>
        {
            progress.Report((3, 3));
            await output.WriteAsync(new byte[] { 1, 2, 3 }, Ct);
            return 3;
        });
        await jobs.StartAsync(Ct);
        var job = await FinishedAsync(Enqueue(jobs));
        Assert.Equal((ExportState.Completed, 100, 3L), (job.State, job.Percent, job.FileBytes));

        clock.Now += ExportJobs.Lifetime - TimeSpan.FromMinutes(1);
        jobs.Sweep();
        Assert.True(File.Exists(job.FilePath));

        clock.Now += TimeSpan.FromMinutes(1);
        jobs.Sweep();
        Assert.False(File.Exists(job.FilePath));
        Assert.Null(jobs.Find(job.Id, job.Owner));
        await jobs.StopAsync(Ct);
    }

    [Fact]
    public async Task Run_NoLibreOffice_FailedWithItsCodeAndMessageAndNoFile()
    {
        using var jobs = Jobs((_, _, _, _) => throw new FormFormatUnavailableException("导出 PDF 需要 LibreOffice（soffice）"));
        await jobs.StartAsync(Ct);

        var job = await FinishedAsync(Enqueue(jobs));

        Assert.Equal((ExportState.Failed, "EXPORT-FORMAT-UNAVAILABLE"), (job.State, job.ErrorCode));
        Assert.Contains("LibreOffice", job.ErrorMessage, StringComparison.Ordinal);
        Assert.False(File.Exists(job.FilePath));
        await jobs.StopAsync(Ct);
    }

    [Fact]
    public async Task Run_Bug_FailedWithAChineseMessageNotTheExceptionsAndTheNextJobStillRuns()
    {
        var calls = 0;
        using var jobs = Jobs((_, _, _, _) => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("secret detail") : Task.FromResult(3));
        await jobs.StartAsync(Ct);

        var failed = await FinishedAsync(Enqueue(jobs));
        var next = await FinishedAsync(Enqueue(jobs));

        Assert.Equal((ExportState.Failed, "EXPORT-FAILED"), (failed.State, failed.ErrorCode));
        Assert.DoesNotContain("secret", failed.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(ExportState.Completed, next.State);
        await jobs.StopAsync(Ct);
    }

    [Fact]
    public async Task Cancel_WhileRunning_WorkStopsAndTheFileIsRemoved()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var jobs = Jobs(async (_, output, progress, ct) =>
        {
            progress.Report((1, 3));
            await output.WriteAsync(new byte[] { 1 }, ct);
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return 3;
        });
        await jobs.StartAsync(Ct);
        var job = Enqueue(jobs);
        await started.Task.WaitAsync(Ct);
        Assert.Equal((ExportState.Running, 33), (job.State, job.Percent));

        Assert.True(jobs.Cancel(job.Id, job.Owner));
        Assert.False(jobs.Cancel(job.Id, "user:2"));

        await FinishedAsync(job);
        Assert.Equal((ExportState.Cancelled, "EXPORT-CANCELLED"), (job.State, job.ErrorCode));
        for (var i = 0; i < 100 && File.Exists(job.FilePath); i++)
        {
            await Task.Delay(10, Ct);
        }

        Assert.False(File.Exists(job.FilePath));
        await jobs.StopAsync(Ct);
    }

    private sealed class FakeClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2024, 3, 1, 8, 30, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
