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

    /// <summary>
    /// The readers in the order they are asked. The converting readers come first: they claim OpenDocument
    /// and RTF files by content, which the .xlsx reader would otherwise take for any zip.
    /// </summary>
    public static DocumentImporter Default { get; } = new([
        ConvertedOfficeReader.Spreadsheets(ExternalConverter.Default), ConvertedOfficeReader.Documents(ExternalConverter.Default),
        new PdfTextReader(ExternalConverter.Default),
        new XlsxReader(), new DocxReader(), new HtmlDocumentReader(), new TextTableReader()]);

    /// <summary>
    /// Whether some reader takes files of this name by the name alone (its extension). A folder is
    /// read for these files only; a file named on its own is always tried.
    /// </summary>
    public bool Recognises(string name) => readers.Any(r => r.CanRead(name, []));

    public ImportOutcome Import(string name, byte[] content, bool explain = false) => Import(name, content, ReadDeadline.DefaultBudget, CancellationToken.None, explain);

    /// <summary>
    /// Reads within <paramref name="budget"/>, stopping as soon as <paramref name="cancel"/> is
    /// cancelled (the web passes the request's token: a client that goes away stops the work).
    /// </summary>
    public ImportOutcome Import(string name, byte[] content, TimeSpan budget, CancellationToken cancel, bool explain = false)
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

        using var deadline = ReadDeadline.Start(budget, cancel);
        try
        {
            var read = reader.Read(name, content);
            if (read.Document is null)
            {
                return new ImportOutcome(null, read.Error);
            }

            // Every reader's grids within the cell limit before the layouts run (the text reader has no budget of
            // its own); blank rows are free, so a file padded with empty lines is still read.
            var cells = new CellBudget();
            if (!read.Document.Grids.All(g => g.Rows.All(r => r.IsBlank || cells.TrySpend(r.Cells.Count + 1))))
            {
                return new ImportOutcome(null, cells.Refusal(name).Error);
            }

            var document = SheetRecogniser.Recognise(read.Document) with
            {
                Warnings = read.Document.Warnings, TextSha256 = DocumentText.Sha256(read.Document),
            };
            return new ImportOutcome(document, null) { Explanation = explain ? ImportExplanation.Explain(read.Document, document) : null };
        }
        catch (ReadStoppedException stopped)
        {
            return new ImportOutcome(null, stopped.Cancelled
                ? new ReadError(ReadErrorCode.Cancelled, name, "请求已取消，已停止读取", "the request was cancelled; reading stopped")
                : new ReadError(ReadErrorCode.TimedOut, name, $"读取超过 {budget.TotalSeconds:0} 秒仍未完成，已停止：文件过大或结构异常，请拆分后再导入",
                    $"reading took longer than {budget.TotalSeconds:0} s and was stopped"));
        }
        catch (Exception e)
        {
            // A bug met by one document is that document's error: the other files of a batch are still read.
            return Failed(name, e);
        }
    }

    public ImportOutcome ImportFile(string path, bool explain = false)
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

        return Import(name, content, explain);
    }

    /// <summary>READ-FAILED: what to do for users, the kind of failure (in English) for whoever fixes it, never a stack trace.</summary>
    private static ImportOutcome Failed(string name, Exception e) => new(null, new ReadError(
        ReadErrorCode.Failed, name, "读取时出错：程序未能处理此文件的内容，请将文件交给系统管理员", $"reading failed: {e.GetType().Name}: {e.Message.Split('\n', 2)[0].Trim()}"));
}

public sealed record ImportOutcome(ImportedDocument? Document, ReadError? Error)
{
    /// <summary>What the reader saw (shapes, header, rows, reasons), for `import --explain`; null when nothing could be read.</summary>
    public string? Explanation { get; init; }
}
