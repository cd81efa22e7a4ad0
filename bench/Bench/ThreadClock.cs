using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Jixiao.Bench;

/// <summary>
/// The CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID on Linux): on a machine shared with other
/// builds a wall clock measures the neighbours as much as the code, while a thread's own CPU time barely moves
/// with them. Elsewhere it falls back to the process's CPU time.
/// </summary>
internal static class ThreadClock
{
    private const int ClockThreadCpuTime = 3;

    public static double Milliseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var time) == 0)
        {
            return (time.Seconds * 1_000_000_000L + time.Nanoseconds) / 1e6;
        }

        return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
