using Jixiao.Core.Reading;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao export`: a document or stored sheets out as their official forms.</summary>
public class ExportCommandTests
{
    [Theory]
    [InlineData("xlsx")]
    [InlineData("docx")]
    [InlineData("html")]
    public void Export_Seed004_WritesTheFormThatReadsBackToItsSheets(string format)
    {
        var output = Path.Combine(CliRunner.TempFolder(), "004." + format);

        var (exit, stdout, stderr) = CliRunner.Run("export", CliRunner.Seed("004_a9a72cd2e96e2bde"), "-o", output);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("已导出 14 张绩效目标表", stdout);
        var read = DocumentImporter.Default.ImportFile(output).Document!;
        Assert.Equal(14, read.Sheets.Count);
        Assert.Equal(84, read.Sheets.Sum(s => s.Indicators.Count));
    }

    [Fact]
    public void Export_ChosenLayoutAndFormat_WritesThatForm()
    {
        var output = Path.Combine(CliRunner.TempFolder(), "000.bin");

        var (exit, _, _) = CliRunner.Run("export", CliRunner.Seed("000_e43d35112f15b8de"), "--format", "html", "--layout", "standard", "-o", output);

        Assert.Equal(0, exit);
        var html = File.ReadAllText(output);
        Assert.Contains("<h1>2024年部门整体支出绩效目标批复表</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">年度目标</td>", html, StringComparison.Ordinal); // the 101号 label, not the 批复表's 年度整体绩效目标
        Assert.Contains("核心职能</th>", html, StringComparison.Ordinal); // the 职能 groups are kept in any layout
    }

    [Theory]
    [InlineData("--format", "odt")]
    [InlineData("--layout", "fancy")]
    public void Export_BadOption_UsageErrorWithTheChoices(string option, string value)
    {
        var (exit, _, stderr) = CliRunner.Run("export", CliRunner.Seed("000_e43d35112f15b8de"), option, value, "-o", Path.Combine(CliRunner.TempFolder(), "x.xlsx"));

        Assert.Equal(2, exit);
        Assert.Contains(value, stderr);
    }

    [Fact]
    public void Export_NeitherFileNorSheet_UsageError()
    {
        var (exit, _, stderr) = CliRunner.Run("export", "--format", "xlsx");

        Assert.Equal(2, exit);
        Assert.Contains("--sheet", stderr);
    }

    [Fact]
    public void Export_SheetOfAMissingDatabase_Exit2WithoutCreatingIt()
    {
        var database = Path.Combine(CliRunner.TempFolder(), "none.db");

        var (exit, _, stderr) = CliRunner.Run("export", "--sheet", "1", "--connection", $"Data Source={database}", "-o", Path.Combine(CliRunner.TempFolder(), "x.xlsx"));

        Assert.Equal(2, exit);
        Assert.False(File.Exists(database));
        Assert.Contains("数据库", stderr);
    }
}
