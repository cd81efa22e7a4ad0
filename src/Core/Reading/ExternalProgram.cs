using System.Diagnostics;

namespace Jixiao.Core.Reading;

/// <summary>How one run of an external program ended: exit code, whether it was stopped for overrunning, its last words.</summary>
public sealed record ProgramRun(int ExitCode, bool TimedOut, string Message, TimeSpan Elapsed);

/// <summary>Finding programs on a search path and running one with a time limit; infrastructure for <see cref="ExternalConverter"/>.</summary>
internal static class ExternalProgram
{
    /// <summary>The first of <paramref name="names"/> that is an executable file in a folder of the search path.</summary>
    public static string? Find(string? searchPath, params string[] names)
    {
        var folders = (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in names)
        {
            foreach (var folder in folders)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & UnixFileMode.UserExecute) != 0))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Runs the program with no input; its standard output goes to <paramref name="stdout"/> (or is kept
    /// for the message). Past the time limit the program and every process it started are killed.
    /// </summary>
    public static ProgramRun Run(string program, IReadOnlyList<string> arguments, TimeSpan limit, Stream? stdout)
    {
        var started = Stopwatch.StartNew();
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        process.StandardInput.Close();
        var kept = new MemoryStream();
        var output = process.StandardOutput.BaseStream.CopyToAsync(stdout ?? kept);
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit < TimeSpan.Zero ? TimeSpan.Zero : limit))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended just now.
            }

            process.WaitForExit();
            try
            {
                Task.WaitAll([output, errors], TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // The pipes broke with the kill; nothing more to read.
            }

            return new ProgramRun(-1, TimedOut: true, "timed out", started.Elapsed);
        }

        process.WaitForExit(); // lets the output copies finish
        Task.WaitAll(output, errors);
        var said = errors.Result + "\n" + System.Text.Encoding.UTF8.GetString(kept.ToArray());
        return new ProgramRun(process.ExitCode, TimedOut: false, LastWords(said), started.Elapsed);
    }

    public static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A process killed at the time limit may still hold a file for a moment; try once more.
            Thread.Sleep(200);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The last line that says something, without LibreOffice's harmless Java warning.</summary>
    private static string LastWords(string said) =>
        said.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(line => !line.Contains("javaldx", StringComparison.Ordinal) && !line.StartsWith("convert ", StringComparison.Ordinal)) ?? "";
}
