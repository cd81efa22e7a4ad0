namespace Jixiao.Core.Tests.Reading.Fuzz;

/// <summary>Failing mutants kept as files: written into the source tree to be committed, read back from the test output.</summary>
public static class FuzzFixtures
{
    private const string Folder = "TestData/fuzz";

    /// <summary>The saved mutants copied next to the tests (the folder's README excepted).</summary>
    public static TheoryData<string> Saved()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, Folder);
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal) && !f.EndsWith(".why.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];
        return files.Count == 0 ? new TheoryData<string>(Path.Combine(Seeds.Folder, Seeds.PublicList001 + ".txt")) : new TheoryData<string>(files);
    }

    /// <summary>Writes the mutant (and why it failed) into tests/Core.Tests/TestData/fuzz, or JIXIAO_FUZZ_OUT; returns the path.</summary>
    public static string Save(Mutant mutant, string why)
    {
        var folder = Environment.GetEnvironmentVariable("JIXIAO_FUZZ_OUT") is { Length: > 0 } configured ? configured : Path.Combine(ProjectFolder(), Folder);
        Directory.CreateDirectory(folder);
        var name = $"{mutant.Index:D5}-{string.Join('-', mutant.Kind.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6))}{Path.GetExtension(mutant.Name)}";
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, mutant.Content);
        File.WriteAllText(Path.ChangeExtension(path, ".why.txt"), $"{mutant}\n{why}\n");
        return path;
    }

    /// <summary>tests/Core.Tests in the source tree: the folder holding Core.Tests.csproj above the test binaries.</summary>
    private static string ProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "tests", "Core.Tests");
            if (File.Exists(Path.Combine(project, "Core.Tests.csproj")))
            {
                return project;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "fuzz-failures");
    }
}
