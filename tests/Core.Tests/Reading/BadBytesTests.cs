using System.Text;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Reading;

/// <summary>
/// Issue 13: one invalid byte in a UTF-8 file rejected the whole file. A few bad bytes are replaced by U+FFFD
/// and named (line and character) in the document's warnings; a file mostly of bad bytes is still binary.
/// </summary>
public class BadBytesTests
{
    private static string SeedText => File.ReadAllText(Seeds.PathOf(Seeds.UnitAndProjects004));

    /// <summary>The text as UTF-8 with the byte 0xFF (never valid UTF-8) standing before the given character of the given line (both from 1).</summary>
    private static byte[] WithBadByte(string text, params (int Line, int Character)[] places)
    {
        var lines = text.Split('\n');
        var bytes = new List<byte>();
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l];
            var cut = places.Where(p => p.Line == l + 1).Select(p => p.Character - 1).OrderDescending().ToList();
            var parts = new List<byte[]>();
            var end = line.Length;
            foreach (var c in cut)
            {
                parts.Insert(0, Encoding.UTF8.GetBytes(line[c..end]));
                parts.Insert(0, [0xFF]);
                end = c;
            }

            parts.Insert(0, Encoding.UTF8.GetBytes(line[..end]));
            bytes.AddRange(parts.SelectMany(p => p));
            if (l + 1 < lines.Length)
            {
                bytes.Add((byte)'\n');
            }
        }

        return [.. bytes];
    }

    [Fact]
    public void Import_Utf8WithTwoBadBytes_ReadWithWarningsNamingLineAndCharacter()
    {
        var bytes = WithBadByte(SeedText, (3, 2), (40, 5));

        var outcome = DocumentImporter.Default.Import("004.txt", bytes);

        Assert.Null(outcome.Error);
        var expected = Seeds.Read(Seeds.UnitAndProjects004);
        Assert.Equal(expected.Sheets.Count, outcome.Document!.Sheets.Count);
        Assert.Equal(expected.Sheets.Sum(s => s.Indicators.Count), outcome.Document.Sheets.Sum(s => s.Indicators.Count));
        Assert.Equal([SourcePosition.Line(3), SourcePosition.Line(40)], outcome.Document.Warnings.Select(w => w.Position));
        Assert.All(outcome.Document.Warnings, w => Assert.Equal("READ-BAD-BYTES", w.Code));
        Assert.Equal("第 3 行第 2 个字符处的字节不是有效的 UTF-8 文本，已替换为 �，请对照原文件核对", outcome.Document.Warnings[0].Text);
        Assert.StartsWith("第 40 行第 5 个字符处", outcome.Document.Warnings[1].Text, StringComparison.Ordinal);
        Assert.Empty(Seeds.Read(Seeds.UnitAndProjects004).Warnings);
    }

    [Fact]
    public void Import_Utf8WithBomAndABadByte_ReadWithAWarning()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(WithBadByte(SeedText, (1, 1))).ToArray();

        var outcome = DocumentImporter.Default.Import("004.txt", bytes);

        Assert.Null(outcome.Error);
        Assert.NotEmpty(outcome.Document!.Sheets);
        Assert.StartsWith("第 1 行第 1 个字符处", Assert.Single(outcome.Document.Warnings).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ManyBadBytesUnderTheLimit_TwentyNamedAndTheRestCounted()
    {
        var text = SeedText;
        var places = Enumerable.Range(1, 30).Select(l => (l * 3, 1)).ToArray();
        var bytes = WithBadByte(text, places);
        Assert.True(30 <= bytes.Length * TextDecoding.MaxBadShare);

        var warnings = DocumentImporter.Default.Import("004.txt", bytes).Document!.Warnings;

        Assert.Equal(TextDecoding.MaxWarnings + 1, warnings.Count);
        Assert.Equal(SourcePosition.Line(60), warnings[TextDecoding.MaxWarnings - 1].Position);
        Assert.Equal("另有 10 处无效字节已替换为 �", warnings[^1].Text);
    }

    [Fact]
    public void Import_Gb18030_NoWarning()
    {
        var gb = TextDecoding.Gb18030.GetBytes(SeedText);

        var document = DocumentImporter.Default.Import("004.txt", gb).Document!;

        Assert.Empty(document.Warnings);
        Assert.NotEmpty(document.Sheets);
    }

    [Fact]
    public void Import_MoreThanOnePercentBadBytes_StillBinary()
    {
        var text = SeedText;
        var lines = text.Split('\n').Length;
        var bytes = WithBadByte(text, [.. Enumerable.Range(1, lines).SelectMany(l => new[] { (l, 1), (l, 1) })]);
        Assert.True(lines * 2 > bytes.Length * TextDecoding.MaxBadShare);

        var outcome = DocumentImporter.Default.Import("004.txt", bytes);

        Assert.Null(outcome.Document);
        Assert.Equal("READ-BINARY", outcome.Error!.CodeText);
    }

    [Fact]
    public void Import_TextWithNulBytes_StillBinary()
    {
        var bytes = Encoding.UTF8.GetBytes(SeedText);
        bytes[100] = 0;

        var outcome = DocumentImporter.Default.Import("004.txt", bytes);

        Assert.Equal("READ-BINARY", outcome.Error!.CodeText);
    }

    [Fact]
    public void Import_HtmlWithABadByte_ReadWithAWarning()
    {
        var html = "<html><body><table>\n<tr><td>项目名称</td><td>乡村道路养护</td></tr>\n<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n"
            + "<tr><td>产出指标</td><td>数量指标</td><td>养护里程</td><td>≥10公里</td></tr>\n</table></body></html>";
        var bytes = WithBadByte(html, (2, 10));

        var outcome = DocumentImporter.Default.Import("a.html", bytes);

        Assert.Null(outcome.Error);
        Assert.Equal(SourcePosition.Line(2), Assert.Single(outcome.Document!.Warnings).Position);
    }
}
