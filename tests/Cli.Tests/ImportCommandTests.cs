using System.Text;
using System.Text.Json;

namespace Jixiao.Cli.Tests;

public class ImportCommandTests
{
    [Fact]
    public void Import_AllSeeds_SummarisesEverySheetAndExitsZero()
    {
        var (exit, output, error) = CliRunner.Run(["import", .. CliRunner.AllSeeds]);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("合计：5 个文件，46 张表，420 个指标，0 行未能归位", output);
        Assert.Contains("[项目] 编制外长期聘用人员支出  2024年度  预算 26.94万元", output);
        Assert.Contains("产出指标 4：数量指标 1，质量指标 1，时效指标 1，成本指标 1", output);
    }

    [Fact]
    public void Import_Json_FollowsTheContract()
    {
        var (exit, output, _) = CliRunner.Run("import", CliRunner.Seed("004_a9a72cd2e96e2bde"), "--json");

        Assert.Equal(0, exit);
        var document = JsonDocument.Parse(output).RootElement.GetProperty("documents")[0];
        Assert.Equal("004_a9a72cd2e96e2bde.txt", document.GetProperty("source").GetString());
        var sheet = document.GetProperty("sheets")[1];
        Assert.Equal("project", sheet.GetProperty("kind").GetString());
        Assert.Equal("社保扩面征收工作经费", sheet.GetProperty("project").GetString());
        Assert.Equal(2024, sheet.GetProperty("year").GetInt32());
        Assert.Equal(7.7m, sheet.GetProperty("budgetWan").GetDecimal());
        Assert.Equal(JsonValueKind.Null, sheet.GetProperty("code").ValueKind);
        var indicator = document.GetProperty("sheets")[2].GetProperty("indicators")[0];
        Assert.Equal("产出指标", indicator.GetProperty("level1").GetString());
        Assert.Equal("数量指标", indicator.GetProperty("level2").GetString());
        Assert.Equal("按时限完成非工程项目核处线索数占本地非工程项目总线索数的比例", indicator.GetProperty("name").GetString());
        var value = indicator.GetProperty("value");
        Assert.Equal("95%以上", value.GetProperty("raw").GetString());
        Assert.Equal(">=", value.GetProperty("op").GetString());
        Assert.Equal(95m, value.GetProperty("number").GetDecimal());
        Assert.Equal("%", value.GetProperty("unit").GetString());
        Assert.False(value.GetProperty("qualitative").GetBoolean());
        Assert.Equal("L60:C4", indicator.GetProperty("position").GetString());
        Assert.Equal(0, sheet.GetProperty("unplaced").GetArrayLength());
    }

    [Fact]
    public void Import_RowThatCannotBePlaced_IsReportedAndExitsOne()
    {
        var text = "项目支出绩效目标表\n项目名称\t测试项目\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t培训人数\t≥100人\n\t\t\t≥95%\n";
        var path = CliRunner.TempFile("unplaced.txt", Encoding.UTF8.GetBytes(text));

        var (exit, output, _) = CliRunner.Run("import", path);

        Assert.Equal(1, exit);
        Assert.Contains("未能归位 L5", output);
        Assert.Contains("指标名称缺失", output);
    }

    public static TheoryData<string, byte[], string> Unreadable => new()
    {
        { "empty.txt", [], "文件为空" },
        { "garbage.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x9C, 0x00], "不是文本文件" },
        { "truncated.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00], "文件已损坏" },
        { "truncated.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "文件已损坏" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Import_UnreadableFile_OneLineMessageWithNameAndExitsTwo(string name, byte[] content, string message)
    {
        var path = CliRunner.TempFile(name, content);

        var (exit, _, error) = CliRunner.Run("import", path);

        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(name, line);
        Assert.Contains(message, line);
        Assert.DoesNotContain("Exception", line);
    }

    [Fact]
    public void Import_BatchWithHostileAndFootnotedFiles_OthersStillReadAndExitsTwo()
    {
        var deep = CliRunner.TempFile("deep.html", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 20_000)) + "x"));
        var footnoted = CliRunner.TempFile("footnoted.txt", Encoding.UTF8.GetBytes(File.ReadAllText(CliRunner.Seed("001_2becaad232c446da")).TrimEnd() + "\n注：以上金额单位为万元\n"));

        var (exit, output, error) = CliRunner.Run("import", deep, CliRunner.Seed("004_a9a72cd2e96e2bde"), footnoted);

        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("deep.html", line);
        Assert.Contains("READ-TOO-DEEP", line);
        Assert.Contains("合计：2 个文件", output);
        Assert.Contains("注：以上金额单位为万元", output);
    }

    [Fact]
    public void Import_MissingFile_ExitsTwo()
    {
        var (exit, _, error) = CliRunner.Run("import", "/nonexistent/目标表.txt");

        Assert.Equal(2, exit);
        Assert.Contains("找不到文件", error);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "--json")]
    [InlineData("unknown-command")]
    public void Run_UsageError_ExitsTwo(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("用法错误", error);
    }
}
