using System.Text;
using System.Text.Json;
using Jixiao.Core.Export;

namespace Jixiao.Cli.Tests;

/// <summary>Issue 13, tolerant where people are: a few bad bytes are read and warned about; the list download is no target table.</summary>
public class ImportToleranceTests
{
    /// <summary>Seed 004 with the byte 0xFF (never valid UTF-8) before the second character of line 3.</summary>
    private static byte[] SeedWithABadByte()
    {
        var text = File.ReadAllText(CliRunner.Seed("004_a9a72cd2e96e2bde"));
        var lines = text.Split('\n');
        var at = Encoding.UTF8.GetByteCount(string.Join('\n', lines[..2]) + "\n" + lines[2][..1]);
        var bytes = Encoding.UTF8.GetBytes(text);
        return [.. bytes[..at], 0xFF, .. bytes[at..]];
    }

    [Fact]
    public void Import_FileWithABadByte_ReadAndTheWarningNamesItsPlace()
    {
        var path = CliRunner.TempFile("坏字节.txt", SeedWithABadByte());

        var (exit, output, error) = CliRunner.Run("import", path);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("  警告 L3: 第 3 行第 2 个字符处的字节不是有效的 UTF-8 文本，已替换为 �，请对照原文件核对 [READ-BAD-BYTES]", output);
        Assert.Contains("合计：1 个文件，", output);
    }

    [Fact]
    public void Import_FileWithABadByte_JsonListsTheWarning()
    {
        var path = CliRunner.TempFile("坏字节.txt", SeedWithABadByte());

        var (exit, output, _) = CliRunner.Run("import", path, "--json");

        Assert.Equal(0, exit);
        var document = JsonDocument.Parse(output).RootElement.GetProperty("documents")[0];
        Assert.True(document.GetProperty("sheets").GetArrayLength() > 0);
        var warning = Assert.Single(document.GetProperty("warnings").EnumerateArray());
        Assert.Equal("READ-BAD-BYTES", warning.GetProperty("code").GetString());
        Assert.Equal("L3", warning.GetProperty("position").GetString());
        Assert.StartsWith("第 3 行第 2 个字符处", warning.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SeedWithoutBadBytes_JsonHasNoWarnings()
    {
        var (_, output, _) = CliRunner.Run("import", CliRunner.Seed("004_a9a72cd2e96e2bde"), "--json");

        Assert.False(JsonDocument.Parse(output).RootElement.GetProperty("documents")[0].TryGetProperty("warnings", out _));
    }

    [Fact]
    public void Import_ListDownloadXlsx_NoTargetTableAndExitsOne()
    {
        ExportColumn[] columns =
        [
            new("编号", ExportColumnKind.Integer), new("类型"), new("年度", ExportColumnKind.Integer), new("财政区划"), new("部门(单位)"),
            new("项目名称"), new("项目编码"), new("预算(万元)", ExportColumnKind.Amount), new("指标数", ExportColumnKind.Integer),
            new("错误", ExportColumnKind.Integer), new("警告", ExportColumnKind.Integer), new("提示", ExportColumnKind.Integer),
        ];
        using var buffer = new MemoryStream();
        TableExport.WriteXlsx(buffer, new ExportTable("目标表", columns, [[1L, "项目", 2024, "130225", "乐亭县教育局", "校舍维修", "1302252400001", 12.5m, 8, 0, 1, 0]]));
        var path = CliRunner.TempFile("目标表-20241201.xlsx", buffer.ToArray());

        var (exit, output, error) = CliRunner.Run("import", path);

        Assert.Equal(1, exit);
        Assert.Contains("未识别出绩效目标表：目标表-20241201.xlsx", error);
        Assert.DoesNotContain("指标数  ", output);
        Assert.Contains("（0 张表，0 个指标）  未识别出绩效目标表", output);
    }
}
