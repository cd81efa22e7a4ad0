using System.Text;
using System.Text.Json;
using Jixiao.Core.Reading;
using Spectre.Console;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao import` over folders and batches: order, parallel reading, and files that fail among others.</summary>
public class ImportBatchTests
{
    private static readonly byte[] Notice = Encoding.UTF8.GetBytes("关于报送2024年部门预算的通知\n各单位：\n请于3月15日前报送本单位预算。\n联系人：张三\n");

    [Fact]
    public void Import_FolderWithSubfoldersAndAFile_ReadsKnownKindsInPathOrder()
    {
        var folder = CliRunner.TempFolder();
        CliRunner.Put(folder, "水利局/2024/表一.txt", CliRunner.SeedBytes("001_2becaad232c446da"));
        CliRunner.Put(folder, "a/003.txt", CliRunner.SeedBytes("003_84163d3bfca5f923"));
        CliRunner.Put(folder, "004.txt", CliRunner.SeedBytes("004_a9a72cd2e96e2bde"));
        CliRunner.Put(folder, "a/照片.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
        CliRunner.Put(folder, "a/说明.csv", Notice);
        CliRunner.Put(folder, "~$表二.docx", [0x01, 0x02]);
        CliRunner.Put(folder, ".cache/旧.txt", []);

        var (exit, output, error) = CliRunner.Run("import", folder, CliRunner.Seed("000_e43d35112f15b8de"), "--json");

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        var sources = JsonDocument.Parse(output).RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("source").GetString()!).ToArray();
        Assert.Equal(["004.txt", "a/003.txt", "水利局/2024/表一.txt", "000_e43d35112f15b8de.txt"], sources);
    }

    [Fact]
    public void Import_Folder_SummaryTableHasARowPerFileThenTotals()
    {
        var folder = CliRunner.TempFolder();
        CliRunner.Put(folder, "乙/003.txt", CliRunner.SeedBytes("003_84163d3bfca5f923"));
        CliRunner.Put(folder, "甲/通知.txt", Notice);
        CliRunner.Put(folder, "甲/空.txt", []);
        CliRunner.Put(folder, "丙/无指标.txt", Encoding.UTF8.GetBytes("项目支出绩效目标表\n项目名称\t测试项目\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n"));

        var (exit, output, _) = CliRunner.Run("import", folder);

        Assert.Equal(2, exit);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(l => l.Contains("文件", StringComparison.Ordinal) && l.Contains("未能归位", StringComparison.Ordinal));
        Assert.True(header >= 0, output);
        Assert.Equal(["文件", "表", "指标行", "未能归位", "推断", "状态"], Words(lines[header]));
        Assert.Equal(["丙/无指标.txt", "1", "0", "0", "0", "1", "张表没有指标行"], Words(lines[header + 2]));
        Assert.Equal(["乙/003.txt", "5", "78", "0", "3", "全部归位"], Words(lines[header + 3]));
        Assert.Equal(["甲/空.txt", "—", "—", "—", "—", "无法读取：文件为空", "[READ-EMPTY]"], Words(lines[header + 4]));
        Assert.Equal(["甲/通知.txt", "0", "0", "0", "0", "未识别出绩效目标表"], Words(lines[header + 5]));
        Assert.Equal("合计：3 个文件，6 张表，78 个指标，0 行未能归位，3 处推断待核对，1 个文件未识别出绩效目标表，1 个文件无法读取", lines[header + 6]);
    }

    [Fact]
    public void Import_NamedFileOfUnknownKind_IsTriedAnyway()
    {
        var path = CliRunner.TempFile("说明.csv", Notice);

        var (exit, _, error) = CliRunner.Run("import", path);

        Assert.Equal(1, exit);
        Assert.Contains("未识别出绩效目标表：说明.csv", error);
    }

    [Fact]
    public void Import_FolderWithNothingToRead_ExitsTwo()
    {
        var folder = CliRunner.TempFolder();
        CliRunner.Put(folder, "照片.png", [0x89, 0x50, 0x4E, 0x47]);

        var (exit, _, error) = CliRunner.Run("import", folder);

        Assert.Equal(2, exit);
        Assert.Contains("文件夹中没有可读取的文件", error);
    }

    [Fact]
    public void Import_TwoJobs_SameOutputAsOne()
    {
        var folder = CliRunner.TempFolder();
        foreach (var district in new[] { "东区", "西区", "南区" })
        {
            foreach (var seed in CliRunner.AllSeeds)
            {
                CliRunner.Put(folder, Path.Combine(district, Path.GetFileName(seed)), File.ReadAllBytes(seed));
            }
        }

        CliRunner.Put(folder, "东区/通知.txt", Notice);
        CliRunner.Put(folder, "西区/空.txt", []);

        foreach (var json in new[] { false, true })
        {
            string[] args = json ? ["import", folder, "--json"] : ["import", folder];
            var one = CliRunner.Run([.. args, "--jobs", "1"]);
            var two = CliRunner.Run([.. args, "--jobs", "2"]);

            Assert.Equal(2, one.Exit);
            Assert.Equal(one, two);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Import_JobsBelowOne_IsAUsageError(string jobs)
    {
        var (exit, _, error) = CliRunner.Run("import", CliRunner.Seed("000_e43d35112f15b8de"), "--jobs", jobs);

        Assert.Equal(2, exit);
        Assert.Contains("--jobs", error);
    }

    [Fact]
    public void Import_OneUnreadableFile_OthersStillInTheJsonAndExitsTwo()
    {
        var empty = CliRunner.TempFile("空.txt", []);

        var (exit, output, error) = CliRunner.Run("import", CliRunner.Seed("000_e43d35112f15b8de"), empty, CliRunner.Seed("004_a9a72cd2e96e2bde"), "--json");

        Assert.Equal(2, exit);
        var documents = JsonDocument.Parse(output).RootElement.GetProperty("documents");
        Assert.Equal(["000_e43d35112f15b8de.txt", "004_a9a72cd2e96e2bde.txt"], documents.EnumerateArray().Select(d => d.GetProperty("source").GetString()!));
        Assert.Equal(14, documents[1].GetProperty("sheets").GetArrayLength());
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("无法读取 空.txt：文件为空", line);
    }

    [Fact]
    public void Import_TextWithoutATargetTable_SaysSoAndExitsOne()
    {
        var notice = CliRunner.TempFile("通知.txt", Notice);

        var (exit, output, error) = CliRunner.Run("import", notice, CliRunner.Seed("000_e43d35112f15b8de"), "--json");

        Assert.Equal(1, exit);
        Assert.Equal("未识别出绩效目标表：通知.txt / no performance target table found: 通知.txt", error.TrimEnd());
        var documents = JsonDocument.Parse(output).RootElement.GetProperty("documents");
        Assert.Equal(2, documents.GetArrayLength());
        Assert.Equal("通知.txt", documents[0].GetProperty("source").GetString());
        Assert.Equal(0, documents[0].GetProperty("sheets").GetArrayLength());
    }

    [Fact]
    public void Import_ReaderThrows_ThatFileIsReportedAndTheOthersPrinted()
    {
        var importer = new DocumentImporter([new ThrowingReader(), new TextTableReader()]);
        var broken = CliRunner.TempFile("坏.boom", Notice);

        var (exit, output, error) = CliRunner.Run(importer, null, "import", CliRunner.Seed("000_e43d35112f15b8de"), broken, CliRunner.Seed("004_a9a72cd2e96e2bde"), "--json");

        Assert.Equal(2, exit);
        var documents = JsonDocument.Parse(output).RootElement.GetProperty("documents");
        Assert.Equal(["000_e43d35112f15b8de.txt", "004_a9a72cd2e96e2bde.txt"], documents.EnumerateArray().Select(d => d.GetProperty("source").GetString()!));
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("无法读取 坏.boom：读取时出错", line);
        Assert.Contains("InvalidOperationException", line);
        Assert.Contains("[READ-FAILED]", line);
        Assert.DoesNotContain(" at ", line);
    }

    [Fact]
    public void Import_ManyFilesOnATerminal_ProgressOnStderrOnly()
    {
        var progress = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(progress),
        });
        var folder = CliRunner.TempFolder();
        foreach (var copy in new[] { "一", "二" })
        {
            foreach (var seed in CliRunner.AllSeeds)
            {
                CliRunner.Put(folder, Path.Combine(copy, Path.GetFileName(seed)), File.ReadAllBytes(seed));
            }
        }

        string[] many = ["import", folder];
        Assert.True(CliRunner.AllSeeds.Length * 2 > ImportBatch.ProgressAbove);

        var few = CliRunner.Run(DocumentImporter.Default, console, ["import", .. CliRunner.AllSeeds.Take(ImportBatch.ProgressAbove)]);
        Assert.Equal("", progress.ToString());

        var shown = CliRunner.Run(DocumentImporter.Default, console, many);
        var plain = CliRunner.Run(many);

        Assert.Contains("读取文件", progress.ToString());
        Assert.Equal(plain, shown);
        Assert.Equal(0, few.Exit);
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A reader with a bug: it throws on every file it takes.</summary>
    private sealed class ThrowingReader : IDocumentReader
    {
        public bool CanRead(string name, ReadOnlySpan<byte> head) => name.EndsWith(".boom", StringComparison.Ordinal);

        public ReadResult Read(string name, byte[] content) => throw new InvalidOperationException("Index was out of range.\n   at Jixiao.Core.Layouts.Somewhere()");
    }
}
