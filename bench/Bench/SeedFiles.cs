namespace Jixiao.Bench;

/// <summary>Finds the shared seed documents (../shared/seeds beside the repository, or JIXIAO_SEEDS).</summary>
public static class SeedFiles
{
    public const string Variable = "JIXIAO_SEEDS";

    public static readonly string[] Names =
        ["000_e43d35112f15b8de", "001_2becaad232c446da", "002_554df16629a70716", "003_84163d3bfca5f923", "004_a9a72cd2e96e2bde"];

    public static void Publish()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 })
        {
            return;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                Environment.SetEnvironmentVariable(Variable, candidate);
                return;
            }
        }

        throw new DirectoryNotFoundException("shared/seeds not found above the current directory; set JIXIAO_SEEDS");
    }

    public static string Folder =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
            ? folder
            : throw new InvalidOperationException(Variable + " is not set");

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name + ".txt"));
}
