using System.Text;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Reading;

/// <summary>Whatever happens inside reading one document becomes that document's error, never an exception.</summary>
public class DocumentImporterTests
{
    /// <summary>A reader with a bug: it claims every file and throws.</summary>
    private sealed class ThrowingReader : IDocumentReader
    {
        public bool CanRead(string name, ReadOnlySpan<byte> head) => true;

        public ReadResult Read(string name, byte[] content) => throw new ArgumentOutOfRangeException(nameof(content), "Index was out of range.");
    }

    [Fact]
    public void Import_ReaderThrows_ReadFailedWithChineseMessageAndNoStackTrace()
    {
        var importer = new DocumentImporter([new ThrowingReader()]);

        var outcome = importer.Import("坏.txt", Encoding.UTF8.GetBytes("项目名称\t道路"));

        Assert.Null(outcome.Document);
        Assert.Equal(ReadErrorCode.Failed, outcome.Error?.Code);
        Assert.Equal("READ-FAILED", outcome.Error!.CodeText);
        Assert.Equal("坏.txt", outcome.Error.Source);
        Assert.StartsWith("读取时出错：", outcome.Error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("ArgumentOutOfRangeException", outcome.Error.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", outcome.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TextWithMoreCellsThanTheLimit_RefusedBeforeTheLayoutsRun()
    {
        var text = "项目名称\t道路\n主管部门\t交通局\n实施单位\t公路站\n" + new string('\t', (int)ReadLimits.MaxCells) + "x\n";

        var outcome = DocumentImporter.Default.Import("宽.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal(ReadErrorCode.TooBig, outcome.Error?.Code);
        Assert.Contains("单元格", outcome.Error!.MessageZh, StringComparison.Ordinal);
    }
}
