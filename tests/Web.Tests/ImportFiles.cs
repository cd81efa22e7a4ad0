using System.Globalization;
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
        { "photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46], "READ-UNSUPPORTED", "不支持的文件类型" },
        // A PDF is taken now; a broken one is refused by pdftotext, or for want of it, and both messages name it.
        { "report.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 not really"), Jixiao.Core.Reading.ExternalConverter.Default.PdfToText is null ? "READ-NEEDS-PDFTOTEXT" : "READ-CONVERT-FAILED", "pdftotext" },
    };

    /// <summary>
    /// <see cref="SmallProject"/> as an RTF document, the way Word and WPS save one: the title a paragraph,
    /// the form a table (\trowd … \cell … \row), Chinese as \uN? escapes.
    /// </summary>
    public static byte[] SmallProjectRtf(string project)
    {
        string[][] rows =
        [
            ["项目名称", project, "", "", ""],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
            ["", "产出指标", "数量指标", "培训人数", "≥100人"],
        ];
        var rtf = new StringBuilder(@"{\rtf1\ansi\deff0{\fonttbl{\f0 SimSun;}}\pard " + Rtf("项目支出绩效目标表") + @"\par" + "\n");
        foreach (var row in rows)
        {
            rtf.Append(@"\trowd");
            for (var c = 1; c <= row.Length; c++)
            {
                rtf.Append(@"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx").Append((c * 1800).ToString(CultureInfo.InvariantCulture));
            }

            rtf.Append('\n');
            foreach (var cell in row)
            {
                rtf.Append(@"\pard\intbl ").Append(Rtf(cell)).Append(@"\cell ");
            }

            rtf.Append(@"\row" + "\n");
        }

        return Encoding.ASCII.GetBytes(rtf.Append('}').ToString());
    }

    private static string Rtf(string text) =>
        string.Concat(text.Select(c => c < 128 ? new string(c, 1) : string.Create(CultureInfo.InvariantCulture, $"\\u{(short)c}?")));

    /// <summary>
    /// A seed with blank lines added at the end (as many as <paramref name="copy"/> says), so neither its bytes nor its
    /// text are those already stored (a last line end alone is not another text: one more line end than blank lines).
    /// </summary>
    public static byte[] SeedCopy(string seed, int copy) =>
        [.. File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", seed)), .. Enumerable.Repeat((byte)'\n', copy + 1)];

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
