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

        var read = reader.Read(name, content);
        if (read.Document is null)
        {
            return new ImportOutcome(null, read.Error);
        }

        return new ImportOutcome(SheetRecogniser.Recognise(read.Document), null);
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

        return Import(name, File.ReadAllBytes(path));
    }
}

public sealed record ImportOutcome(ImportedDocument? Document, ReadError? Error);
