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

    /// <summary>A migrated SQLite database holding seed 002 (乐亭县, 16 sheets of 2024) and seed 004 (吴川市) with their regions.</summary>
    private static async Task<string> RegionDatabaseAsync()
    {
        var settings = new Jixiao.Data.DatabaseSettings(Jixiao.Data.DatabaseProvider.Sqlite, $"Data Source={Path.Combine(CliRunner.TempFolder(), "regions.db")}");
        Assert.Null((await Jixiao.Data.Migrator.MigrateAsync(settings, TestContext.Current.CancellationToken)).Error);
        await using var db = Jixiao.Data.JixiaoDb.Create(settings);
        foreach (var (seed, code, name) in new[] { ("002_554df16629a70716", "130225", "河北省唐山市乐亭县"), ("004_a9a72cd2e96e2bde", "440883", "广东省湛江市吴川市") })
        {
            var document = DocumentImporter.Default.ImportFile(CliRunner.Seed(seed)).Document!;
            var saved = await Jixiao.Data.DocumentStore.SaveAsync(db, new Jixiao.Data.DocumentUpload(seed + ".txt", CliRunner.SeedBytes(seed)) { RegionCode = code, RegionName = name }, document, TestContext.Current.CancellationToken);
            Assert.Null(saved.Error);
        }

        return settings.ConnectionString;
    }

    [Fact]
    public async Task Export_Region_ZipOfOneFormPerSheetOfThatRegionAndYear()
    {
        var connection = await RegionDatabaseAsync();
        var output = Path.Combine(CliRunner.TempFolder(), "乐亭县.zip");

        var (exit, stdout, stderr) = CliRunner.Run("export", "--region", "130225", "--year", "2024", "--format", "docx", "--connection", connection, "-o", output);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("已导出 16 张绩效目标表（财政区划 130225，2024 年度，docx", stdout, StringComparison.Ordinal);
        using var zip = System.IO.Compression.ZipFile.OpenRead(output);
        var forms = zip.Entries.Where(e => e.FullName.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        Assert.Equal(16, forms.Count);
        Assert.Contains(zip.Entries, e => e.FullName == "目录.csv");
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("吴川市", StringComparison.Ordinal));
        using var copy = new MemoryStream();
        using (var entry = forms[0].Open())
        {
            entry.CopyTo(copy);
        }

        Assert.Single(DocumentImporter.Default.Import("form.docx", copy.ToArray()).Document!.Sheets);
    }

    [Fact]
    public async Task Export_RegionYearWithoutSheets_Exit1AndNoFile()
    {
        var connection = await RegionDatabaseAsync();
        var output = Path.Combine(CliRunner.TempFolder(), "none.zip");

        var (exit, _, stderr) = CliRunner.Run("export", "--region", "130225", "--year", "2019", "--connection", connection, "-o", output);

        Assert.Equal(1, exit);
        Assert.Contains("没有目标表", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--region", "13022", "--year", "2024")]
    [InlineData("--region", "130225", "--format", "xlsx")]
    [InlineData("--year", "2024", "--format", "xlsx")]
    public void Export_RegionWithoutYearOrBadCode_UsageError(params string[] args)
    {
        var (exit, _, stderr) = CliRunner.Run(["export", .. args, "-o", Path.Combine(CliRunner.TempFolder(), "x.zip")]);

        Assert.Equal(2, exit);
        Assert.Contains("--region", stderr, StringComparison.Ordinal);
    }
}
