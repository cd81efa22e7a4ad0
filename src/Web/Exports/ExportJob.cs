using Jixiao.Data;

namespace Jixiao.Web.Exports;

/// <summary>Where an export stands: 排队中 → 生成中 → 已完成 | 失败 | 已取消.</summary>
public enum ExportState
{
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled,
}

/// <summary>
/// One region-and-year export asked for by one person: what was asked, the scope it was asked within (fixed
/// when asked), how far it is, and the finished zip's file. Only its owner ever sees it (<see cref="ExportJobs.Find"/>).
/// </summary>
public sealed class ExportJob
{
    private readonly Lock gate = new();
    private int done;
    private int total;

    public required string Id { get; init; }

    /// <summary>Who asked, as <see cref="ExportJobs.OwnerOf"/> names them.</summary>
    public required string Owner { get; init; }

    /// <summary>The person's name, for the README.</summary>
    public required string OwnerName { get; init; }

    public required RegionExportRequest Request { get; init; }

    public required SheetScope Scope { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The zip while it is made and once it is done; removed when the job is cancelled, fails or expires.</summary>
    public required string FilePath { get; init; }

    /// <summary>The name the download is given: 绩效目标表-区划-年度-格式.zip.</summary>
    public required string FileName { get; init; }

    public ExportState State { get; private set; }

    public int Done => Volatile.Read(ref done);

    public int Total => Volatile.Read(ref total);

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public long? FileBytes { get; private set; }

    public bool IsFinished => State is ExportState.Completed or ExportState.Failed or ExportState.Cancelled;

    internal CancellationTokenSource Cancellation { get; } = new();

    /// <summary>How far it is, 0–100: a finished job is at 100, an empty one too.</summary>
    public int Percent => State == ExportState.Completed ? 100 : Total == 0 ? 0 : (int)Math.Min(99, Done * 100L / Total);

    internal void Report(int doneNow, int totalNow)
    {
        Volatile.Write(ref total, totalNow);
        Volatile.Write(ref done, doneNow);
    }

    /// <summary>Moves to <paramref name="to"/> unless the job is already finished (a cancelled job stays cancelled); returns whether it moved.</summary>
    internal bool MoveTo(ExportState to, DateTimeOffset at, string? code = null, string? message = null, long? bytes = null)
    {
        lock (gate)
        {
            if (IsFinished || (to == ExportState.Running && State != ExportState.Queued))
            {
                return false;
            }

            State = to;
            ErrorCode = code;
            ErrorMessage = message;
            FileBytes = bytes;
            FinishedAt = IsFinished ? at : null;
            return true;
        }
    }
}
