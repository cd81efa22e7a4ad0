using System.Diagnostics;

namespace Jixiao.Core.Reading;

/// <summary>
/// The time a document may take to be read, and the request it is read for: the layouts call
/// <see cref="Check"/> in their loops over rows and cells, which stops the work once the budget is
/// spent or the request is cancelled (a client that went away). Per thread: each document of a
/// batch (import --jobs) is read on its own thread with its own deadline.
/// </summary>
public static class ReadDeadline
{
    /// <summary>The time a document may take by default; every layout is linear, so a 10 MB table takes a fraction of it.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(30);

    [ThreadStatic]
    private static long deadline;

    [ThreadStatic]
    private static CancellationToken token;

    [ThreadStatic]
    private static bool active;

    /// <summary>Reads on this thread, until the scope is disposed, within <paramref name="budget"/> and while <paramref name="cancel"/> stands.</summary>
    public static Scope Start(TimeSpan budget, CancellationToken cancel)
    {
        var previous = (deadline, token, active);
        deadline = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);
        token = cancel;
        active = true;
        return new Scope(previous);
    }

    /// <summary>Throws <see cref="ReadStoppedException"/> when the document's time is up or its request was cancelled.</summary>
    public static void Check()
    {
        if (!active)
        {
            return;
        }

        if (token.IsCancellationRequested)
        {
            throw new ReadStoppedException(cancelled: true);
        }

        if (Stopwatch.GetTimestamp() > deadline)
        {
            throw new ReadStoppedException(cancelled: false);
        }
    }

    public readonly struct Scope : IDisposable
    {
        private readonly (long Deadline, CancellationToken Token, bool Active) previous;

        internal Scope((long, CancellationToken, bool) previous) => this.previous = previous;

        public void Dispose() => (deadline, token, active) = previous;
    }
}

/// <summary>A read stopped by its <see cref="ReadDeadline"/>: out of time, or its request cancelled.</summary>
public sealed class ReadStoppedException(bool cancelled) : Exception(cancelled ? "the request was cancelled" : "the time budget was spent")
{
    public bool Cancelled { get; } = cancelled;
}
