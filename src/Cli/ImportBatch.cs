using System.Globalization;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Jixiao.Cli;

/// <summary>What reading one file gave: its document, or why it could not be read.</summary>
internal sealed record FileOutcome(string Source, ImportedDocument? Document, ReadError? Error)
{
    /// <summary>What the reader saw, with `--explain`.</summary>
    public string? Explanation { get; init; }

    /// <summary>Read, but no target table was found in it: never passed over as if all was well.</summary>
    public bool NoSheet => Document is { Sheets.Count: 0 };
}

/// <summary>
/// Reads the files of an import, several at once, into outcomes in the order of the files, whatever
/// order they finish in. One file's failure, even an exception from a reader, is that file's outcome
/// and never stops or loses the others.
/// </summary>
internal static class ImportBatch
{
    /// <summary>The progress bar is shown for more files than this (and only on a terminal).</summary>
    public const int ProgressAbove = 5;

    public static IReadOnlyList<FileOutcome> Read(IReadOnlyList<InputFile> files, int jobs, DocumentImporter importer, IAnsiConsole? progress, bool explain = false)
    {
        if (progress is null || files.Count <= ProgressAbove)
        {
            return Read(files, jobs, importer, explain, fileDone: null);
        }

        return progress.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new FileCountColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("读取文件", maxValue: files.Count);
                return Read(files, jobs, importer, explain, () => task.Increment(1));
            });
    }

    private static FileOutcome[] Read(IReadOnlyList<InputFile> files, int jobs, DocumentImporter importer, bool explain, Action? fileDone)
    {
        var outcomes = new FileOutcome[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            outcomes[i] = ReadOne(files[i], importer, explain);
            fileDone?.Invoke();
        });
        return outcomes;
    }

    private static FileOutcome ReadOne(InputFile file, DocumentImporter importer, bool explain)
    {
        try
        {
            var outcome = importer.ImportFile(file.Path, explain);
            return new FileOutcome(file.Source, outcome.Document is { } document ? document with { Source = file.Source } : null, outcome.Error is { } error ? error with { Source = file.Source } : null)
            {
                Explanation = outcome.Explanation,
            };
        }
        catch (Exception e)
        {
            var what = e.GetType().Name;
            var message = e.Message.Split('\n', 2)[0].Trim();
            return new FileOutcome(file.Source, null, new ReadError(ReadErrorCode.Failed, file.Source,
                $"读取时程序出错（{what}），请将此文件报告给维护者", $"Jixiao failed while reading it ({what}: {message}); please report the file"));
        }
    }

    /// <summary>"12/240": files read of all, for the progress bar.</summary>
    private sealed class FileCountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0} 个文件"));
    }
}
