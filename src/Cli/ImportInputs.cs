using Jixiao.Core.Reading;

namespace Jixiao.Cli;

/// <summary>One file to read: where it is, and the name it is reported under (the import contract's `source`).</summary>
internal sealed record InputFile(string Path, string Source);

/// <summary>
/// The files an import reads, from the paths on the command line: a file is taken as named (and
/// always tried, whatever its kind); a folder gives the files below it, recursively, that a reader
/// recognises by name, sorted by their path inside the folder so a run reads in the same order on
/// every machine. Files found in a folder are reported under their path inside it
/// (`水利局/2024/目标表.xlsx`), since the same file name recurs across a bureau's subfolders.
/// Hidden entries (.git, .DS_Store) and Office's lock files (~$目标表.docx) are not documents and
/// are passed over; links to folders are not followed, so a link cannot loop.
/// </summary>
internal static class ImportInputs
{
    public sealed record Expansion(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Problems);

    public static Expansion Expand(IEnumerable<string> arguments, DocumentImporter importer)
    {
        var files = new List<InputFile>();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!Directory.Exists(argument))
            {
                // Not a folder: a file, or a name that does not exist, which reading reports as not found.
                Add(new InputFile(argument, Path.GetFileName(argument)));
                continue;
            }

            var found = new List<InputFile>();
            Walk(argument, "", importer, found, problems);
            if (found.Count == 0)
            {
                problems.Add($"文件夹中没有可读取的文件：{argument} / no files to read in the folder {argument}");
            }

            foreach (var file in found.OrderBy(f => f.Source, StringComparer.Ordinal))
            {
                Add(file);
            }
        }

        return new Expansion(files, problems);

        void Add(InputFile file)
        {
            if (seen.Add(Path.GetFullPath(file.Path)))
            {
                files.Add(file);
            }
        }
    }

    private static void Walk(string folder, string prefix, DocumentImporter importer, List<InputFile> found, List<string> problems)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var (zh, en) = e is UnauthorizedAccessException ? ("没有访问权限", "access denied") : ("无法打开", "cannot open it");
            problems.Add($"无法读取文件夹 {folder}：{zh} / cannot read the folder {folder}: {en}");
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.') || entry.Name.StartsWith("~$", StringComparison.Ordinal))
            {
                continue;
            }

            var source = prefix + entry.Name;
            if (entry is DirectoryInfo directory)
            {
                if (directory.LinkTarget is null)
                {
                    Walk(directory.FullName, source + "/", importer, found, problems);
                }
            }
            else if (importer.Recognises(entry.Name))
            {
                found.Add(new InputFile(entry.FullName, source));
            }
        }
    }
}
