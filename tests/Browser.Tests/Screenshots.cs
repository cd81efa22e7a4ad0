namespace Jixiao.Browser.Tests;

/// <summary>Full-page screenshots of the main pages, under artifacts/screenshots at the repository root.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// The folder holding Jixiao.slnx: recorded at build time (the binaries may be built outside the
    /// repository with --artifacts-path), else found by walking up from the test binaries.
    /// </summary>
    private static string RepositoryRoot()
    {
        var recorded = typeof(Screenshots).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Jixiao.slnx")))
        {
            return Path.GetFullPath(recorded);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Jixiao.slnx not found above {AppContext.BaseDirectory}");
    }
}
