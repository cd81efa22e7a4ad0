using Jixiao.Core.Reading;
using Spectre.Console;

namespace Jixiao.Cli.Tests;

/// <summary>Runs the `jixiao` command in process with captured output.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(DocumentImporter.Default, null, args);

    /// <summary>With the importer and the progress console given, as the program gives its own.</summary>
    public static (int Exit, string Out, string Err) Run(DocumentImporter importer, IAnsiConsole? progress, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = JixiaoCommand.Run(args, stdout, stderr, importer, progress);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "Seeds", name + ".txt");

    public static string[] AllSeeds => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    public static string TempFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string TempFile(string name, byte[] content)
    {
        var path = Path.Combine(TempFolder(), name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Writes a file below a folder, making the subfolders on its path.</summary>
    public static string Put(string folder, string relativePath, byte[] content)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public static byte[] SeedBytes(string name) => File.ReadAllBytes(Seed(name));
}
