using System.Text;

namespace Jixiao.Web.Tests;

/// <summary>Files to upload: seed copies made unique, small project sheets, unreadable bytes.</summary>
public static class ImportFiles
{
    public static TheoryData<string, byte[], string, string> Unreadable => new()
    {
        { "empty.txt", [], "READ-EMPTY", "文件为空" },
        { "garbage.txt", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))], "READ-BINARY", "文本" },
        { "truncated.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00], "READ-CORRUPT", "损坏" },
        { "report.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 not really"), "READ-UNSUPPORTED", "不支持的文件类型" },
    };

    /// <summary>A seed with blank lines added at the end (as many as <paramref name="copy"/> says), so its bytes are not those already stored.</summary>
    public static byte[] SeedCopy(string seed, int copy) =>
        [.. File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", seed)), .. Enumerable.Repeat((byte)'\n', copy)];

    /// <summary>A one-indicator project sheet; optionally with a value-only row that cannot be placed (L5).</summary>
    public static byte[] SmallProject(string project, bool withUnplacedRow = false) => Encoding.UTF8.GetBytes(
        $"项目支出绩效目标表\n项目名称\t{project}\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t培训人数\t≥100人\n"
        + (withUnplacedRow ? "\t\t\t≥95%\n" : ""));

    public static MultipartFormDataContent Form(string name, byte[] content, string? regionCode = null, string? regionName = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        if (regionCode is not null)
        {
            form.Add(new StringContent(regionCode), "regionCode");
        }

        if (regionName is not null)
        {
            form.Add(new StringContent(regionName), "regionName");
        }

        return form;
    }
}
