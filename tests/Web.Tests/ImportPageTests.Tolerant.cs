using System.Text;

namespace Jixiao.Web.Tests;

/// <summary>Issue 13, tolerant where people are: bad bytes are a warning, another encoding a duplicate, the list download no sheet.</summary>
public abstract partial class ImportPageTests
{
    [Fact]
    public async Task ImportPage_TextWithABadByte_PreviewShowsTheWarningWithItsPlace()
    {
        var client = Client();
        var page = await client.GetStringAsync("/import", Ct);
        var text = ImportFiles.SmallProject("坏字节测试项目");
        var at = Encoding.UTF8.GetByteCount("项目支出绩效目标表\n项目名称\t");
        byte[] bytes = [.. text[..at], 0xFF, .. text[at..]];

        var preview = await PostFormAsync(client, "/import", page, "upload", "bad-byte.txt", bytes);

        Assert.Contains("坏字节测试项目", preview, StringComparison.Ordinal);
        Assert.Contains("读取时的警告（1）", preview, StringComparison.Ordinal);
        Assert.Contains("data-code=\"READ-BAD-BYTES\"", preview, StringComparison.Ordinal);
        Assert.Contains("第 2 行第 6 个字符处的字节不是有效的 UTF-8 文本", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_SameDocumentInAnotherEncoding_ShownAsDuplicate()
    {
        var client = Client();
        var page = await client.GetStringAsync("/import", Ct);
        var utf8 = ImportFiles.SmallProject("编码不同的同一文件");
        var saved = await PostFormAsync(client, "/import", await PostFormAsync(client, "/import", page, "upload", "utf8.txt", utf8), "save");
        Assert.Contains("已保存", saved, StringComparison.Ordinal);
        var gb = Jixiao.Core.Reading.TextDecoding.Gb18030.GetBytes(Encoding.UTF8.GetString(utf8).Replace("\n", "\r\n", StringComparison.Ordinal));

        var preview = await PostFormAsync(client, "/import", await client.GetStringAsync("/import", Ct), "upload", "gb.txt", gb);

        Assert.Contains("data-duplicate=", preview, StringComparison.Ordinal);
        Assert.Contains("不能重复保存", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_OwnListDownload_RefusedAsNoTargetTable()
    {
        var client = Client();
        var page = await client.GetStringAsync("/import", Ct);
        await PostFormAsync(client, "/import", await PostFormAsync(client, "/import", page, "upload", "list-source.txt", ImportFiles.SmallProject("下载清单里的项目")), "save");
        var download = await client.GetByteArrayAsync("/api/sheets/export?format=xlsx", Ct);

        var html = await PostFormAsync(client, "/import", await client.GetStringAsync("/import", Ct), "upload", "目标表.xlsx", download);

        Assert.Contains("data-code=\"IMPORT-NO-SHEETS\"", html, StringComparison.Ordinal);
        Assert.Contains("没有识别出绩效目标表", html, StringComparison.Ordinal);
        Assert.DoesNotContain("所有行均已归位", html, StringComparison.Ordinal);
    }
}
