using System.Text;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Reading;

/// <summary>The hash of a document's normalised text: one per document, whatever its encoding, line ends or trailing spaces.</summary>
public class DocumentTextTests
{
    private static string SeedText => File.ReadAllText(Seeds.PathOf(Seeds.ProjectTables002));

    private static string? HashOf(byte[] bytes) => DocumentImporter.Default.Import("002.txt", bytes).Document!.TextSha256;

    [Fact]
    public void TextSha256_SameTextInOtherEncodingsAndLineEnds_Same()
    {
        var utf8 = HashOf(Encoding.UTF8.GetBytes(SeedText));

        Assert.Matches("^[0-9a-f]{64}$", utf8);
        Assert.Equal(utf8, HashOf(TextDecoding.Gb18030.GetBytes(SeedText)));
        Assert.Equal(utf8, HashOf([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(SeedText)]));
        Assert.Equal(utf8, HashOf([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(SeedText.Replace("\n", "  \r\n", StringComparison.Ordinal))]));
    }

    [Fact]
    public void TextSha256_OneCharacterChanged_Differs()
    {
        var index = SeedText.IndexOf('年', StringComparison.Ordinal);
        var changed = SeedText[..index] + "月" + SeedText[(index + 1)..];

        Assert.NotEqual(HashOf(Encoding.UTF8.GetBytes(SeedText)), HashOf(Encoding.UTF8.GetBytes(changed)));
    }

    [Fact]
    public void Normalise_FullWidthAndTrailingSpaces_Unified()
    {
        Assert.Equal("ABC 123\n项目\n", DocumentText.Normalise("ＡＢＣ　１２３  \r\n项目\t\r\n\r\n"));
        Assert.Equal(DocumentText.Normalise("项目\n"), DocumentText.Normalise("项目"));
    }

    [Theory]
    [InlineData("项目名称\t测试\n")]
    [InlineData("项目名称\t测试\r\n\r\n指标  \r")]
    [InlineData("ＡＢＣ\n\n\n")]
    [InlineData("a\rb\r\nc")]
    public void Sha256_Text_IsTheHashOfItsNormalForm(string text)
    {
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(DocumentText.Normalise(text))));

        Assert.Equal(expected, DocumentText.Sha256(new SourceDocument("a.txt", []) { Text = text }));
    }

    [Fact]
    public void Sha256_OnlySpaces_Null()
    {
        Assert.Null(DocumentText.Sha256(new SourceDocument("a.txt", []) { Text = " \n\t\n" }));
    }
}
