namespace Jixiao.Cli.Tests;

/// <summary>Runs the `jixiao` command in process with captured output.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = JixiaoCommand.Run(args, stdout, stderr, () => Stream.Null);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "Seeds", name + ".txt");

    public static string[] AllSeeds => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    public static string TempFile(string name, byte[] content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
