using System.Globalization;
using System.Text;
using Jixiao.Core.Export;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Layouts;

/// <summary>
/// A file that holds no target table (issue 13: Jixiao's own list download was read as a project named
/// 指标数 and shown as 所有行均已归位) is read with no sheet, so it is refused as 未识别出绩效目标表.
/// </summary>
public class NoTargetTableTests
{
    /// <summary>The columns of the list download (/api/sheets/export).</summary>
    private static readonly ExportColumn[] ListColumns =
    [
        new("编号", ExportColumnKind.Integer), new("类型"), new("年度", ExportColumnKind.Integer), new("财政区划"), new("部门(单位)"),
        new("项目名称"), new("项目编码"), new("预算(万元)", ExportColumnKind.Amount), new("指标数", ExportColumnKind.Integer),
        new("错误", ExportColumnKind.Integer), new("警告", ExportColumnKind.Integer), new("提示", ExportColumnKind.Integer),
    ];

    private static ExportTable SheetList(int rows) => new("目标表", ListColumns, [.. Enumerable.Range(1, rows).Select(i => (IReadOnlyList<object?>)
    [
        (long)i, i % 3 == 0 ? "部门整体" : "项目", 2024, "130225", "乐亭县教育局", i % 3 == 0 ? null : $"义务教育学校运转经费{i}",
        string.Create(CultureInfo.InvariantCulture, $"13022524{i:D6}"), 12.5m * i, 10 + i, i % 2, 3, 1,
    ])]);

    [Theory]
    [InlineData("目标表.xlsx", 1)]
    [InlineData("目标表.xlsx", 12)]
    [InlineData("目标表.csv", 1)]
    [InlineData("目标表.csv", 12)]
    public void Import_JixiaosOwnListDownload_NoSheetRead(string name, int rows)
    {
        using var buffer = new MemoryStream();
        if (name.EndsWith(".csv", StringComparison.Ordinal))
        {
            TableExport.WriteCsv(buffer, SheetList(rows));
        }
        else
        {
            TableExport.WriteXlsx(buffer, SheetList(rows));
        }

        var outcome = DocumentImporter.Default.Import(name, buffer.ToArray());

        Assert.Null(outcome.Error);
        Assert.Empty(outcome.Document!.Sheets);
    }

    [Fact]
    public void Import_ListOfNamesAndCounts_NoSheetRead()
    {
        var text = "序号\t单位名称\t人数\t备注\n" + string.Concat(Enumerable.Range(1, 8).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{i}\t第{i}小学\t{20 + i}\t\n")));

        var outcome = DocumentImporter.Default.Import("名单.txt", Encoding.UTF8.GetBytes(text));

        Assert.Null(outcome.Error);
        Assert.Empty(outcome.Document!.Sheets);
    }
}
