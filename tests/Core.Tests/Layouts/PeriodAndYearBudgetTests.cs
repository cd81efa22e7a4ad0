using System.Text;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Layouts;

/// <summary>
/// Forms with a 中期 (whole period) column beside the year's: 其中:财政拨款 and 其他资金 appear under each, and
/// the ones that make up the sheet's budget (the year's total) are those under it, whichever is read first.
/// </summary>
public sealed class PeriodAndYearBudgetTests
{
    private const string Header = """
        项目支出绩效目标申报表 | ||||||
        项目名称 | 城管执法车辆维修燃油费 | |||||
        主管部门及代码 | [055]某县城市管理局 | 实施单位 | 某县城市管理局 | |||
        """;

    private const string Table = """
        年度目标 | 保障执法车辆正常运行，全年出勤不少于300天 | |||||
        一级指标 | 二级指标 | 三级指标 | 指标值 | ||
        产出指标 | 数量指标 | 保障车辆数 | ≥20辆 | ||
        效益指标 | 社会效益指标 | 执法出勤保障率 | ≥95% | ||
        满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | ||
        """;

    [Theory]
    // The period's sources first, in the same columns as the year's.
    [InlineData("中期资金总额: | 68.50 | 年度资金总额: | 51.35 | |\n其中:财政拨款 | 68.50 | 其中:财政拨款 | 51.35 | |\n其他资金 | 0.00 | 其他资金 | 0.00 | |")]
    // A merged 项目资金 label cell shifts the totals' row one column to the right of the sources' rows.
    [InlineData("项目资金 (万元) | 中期资金总额: | 68.50 | 年度资金总额: | 51.35 | |\n其中:财政拨款 | 68.50 | 其中:财政拨款 | 51.35 | |\n其他资金 | 0.00 | 其他资金 | 0.00 | |")]
    public void Import_SourcesUnderBothTotals_TakesTheYearsOnes(string money)
    {
        var text = Header + "\n" + money + "\n" + Table + "\n";

        var sheet = Assert.Single(DocumentImporter.Default.Import("b.txt", Encoding.UTF8.GetBytes(text)).Document!.Sheets);

        Assert.Equal(51.35m, sheet.Budget!.TotalWan);
        Assert.Equal(51.35m, sheet.Budget.Fiscal!.Value.ToWan());
    }

    [Fact]
    public void Import_OneSourcesColumn_KeepsIt()
    {
        var text = Header + "\n年度资金总额: | 51.35 | ||||\n其中:财政拨款 | 50.00 | ||||\n其他资金 | 1.35 | ||||\n" + Table + "\n";

        var sheet = Assert.Single(DocumentImporter.Default.Import("b.txt", Encoding.UTF8.GetBytes(text)).Document!.Sheets);

        Assert.Equal(50.00m, sheet.Budget!.Fiscal!.Value.ToWan());
    }
}
