using System.CommandLine;
using Jixiao.Core.Reading;
using Spectre.Console;

namespace Jixiao.Cli;

/// <summary>The `jixiao` command line: one sub-command per job.</summary>
public static class JixiaoCommand
{
    /// <summary>
    /// Exit codes: 0 done; 1 import with unplaced rows or a document without a target table (also export), review with findings at or above --fail-on,
    /// migrate --status with pending migrations; 2 usage error, unreadable file, bad rule set, or a
    /// database that cannot be reached or is refused migration.
    /// </summary>
    public const int UsageOrUnreadable = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, DocumentImporter.Default, ProgressConsole(stderr));

    /// <summary>The command line with the importer and the console for progress bars given (tests give their own).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, DocumentImporter importer, IAnsiConsole? progress)
    {
        var root = new RootCommand("绩效 Jixiao — 预算绩效目标管理 / budget performance target management");
        root.Subcommands.Add(ImportCommand.Create(stdout, stderr, importer, progress, IsTerminal(stdout)));
        root.Subcommands.Add(ReviewCommand.Create(stdout, stderr, IsTerminal(stdout)));
        root.Subcommands.Add(RulesCommand.Create(stdout));
        root.Subcommands.Add(MigrateCommand.Create(stdout, stderr, Environment.GetEnvironmentVariable));
        root.Subcommands.Add(UserCommand.Create(stdout, stderr, Environment.GetEnvironmentVariable));
        root.Subcommands.Add(ExportCommand.Create(stdout, stderr, importer, Environment.GetEnvironmentVariable));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"用法错误 / usage error: {error.Message}");
            }

            stderr.WriteLine("运行 `jixiao --help` 查看用法 / run `jixiao --help` for usage");
            return UsageOrUnreadable;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>Progress bars go to the console's own stderr when a person watches it, never into a file or pipe.</summary>
    private static IAnsiConsole? ProgressConsole(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            : null;

    /// <summary>Colour only for the console itself, not redirected, and not when NO_COLOR is set.</summary>
    private static bool IsTerminal(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
