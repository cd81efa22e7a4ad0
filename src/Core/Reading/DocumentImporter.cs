using Jixiao.Core.Layouts;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Reading;

/// <summary>Reads a file of any supported kind into target sheets: the entry point of import.</summary>
public sealed class DocumentImporter
{
    /// <summary>Files larger than this are refused rather than read into memory.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    private readonly IReadOnlyList<IDocumentReader> readers;

    public DocumentImporter(IReadOnlyList<IDocumentReader> readers) => this.readers = readers;

    public static DocumentImporter Default { get; } = new([new XlsxReader(), new DocxReader(), new HtmlDocumentReader(), new TextTableReader()]);

    public ImportOutcome Import(string name, byte[] content)
    {
        if (content.LongLength > MaxBytes)
        {
            return new ImportOutcome(null, new ReadError(ReadErrorCode.TooLarge, name, "文件超过 50 MB，无法读取", "the file is larger than 50 MB"));
        }

        if (content.Length == 0)
        {
            return new ImportOutcome(null, new ReadError(ReadErrorCode.Empty, name, "文件为空", "the file is empty"));
        }

        var head = content[..Math.Min(content.Length, 512)];
        var reader = readers.FirstOrDefault(r => r.CanRead(name, head)) ?? readers.OfType<TextTableReader>().FirstOrDefault();
        if (reader is null)
        {
            return new ImportOutcome(null, new ReadError(ReadErrorCode.UnsupportedFormat, name, "不支持的文件格式", "unsupported file format"));
        }

        try
        {
            var read = reader.Read(name, content);
            if (read.Document is null)
            {
                return new ImportOutcome(null, read.Error);
            }

            // Every reader's grids within the cell limit before the layouts run (the text reader has no budget of
            // its own); blank rows are free, so a file padded with empty lines is still read.
            var budget = new CellBudget();
            return read.Document.Grids.All(g => g.Rows.All(r => r.IsBlank || budget.TrySpend(r.Cells.Count + 1)))
                ? new ImportOutcome(SheetRecogniser.Recognise(read.Document), null)
                : new ImportOutcome(null, budget.Refusal(name).Error);
        }
        catch (Exception e)
        {
            // A bug met by one document is that document's error: the other files of a batch are still read.
            return Failed(name, e);
        }
    }

    public ImportOutcome ImportFile(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return new ImportOutcome(null, new ReadError(ReadErrorCode.FileNotFound, name, "找不到文件", "file not found"));
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            return new ImportOutcome(null, new ReadError(ReadErrorCode.TooLarge, name, "文件超过 50 MB，无法读取", "the file is larger than 50 MB"));
        }

        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(name, e);
        }

        return Import(name, content);
    }

    /// <summary>READ-FAILED: what to do for users, the kind of failure (in English) for whoever fixes it, never a stack trace.</summary>
    private static ImportOutcome Failed(string name, Exception e) => new(null, new ReadError(
        ReadErrorCode.Failed, name, "读取时出错：程序未能处理此文件的内容，请将文件交给系统管理员", $"reading failed: {e.GetType().Name}: {e.Message}"));
}

public sealed record ImportOutcome(ImportedDocument? Document, ReadError? Error);
