using System.Text;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Layouts;

/// <summary>
/// A notice that states a project's targets in sentences: its title names the project, and the
/// paragraph before the targets names the funds it allocates, the sheet's budget when it is the
/// only amount named so.
/// </summary>
public class NoticeTests
{
    private const string Targets = """
        一、产出指标
        数量指标：新建温室大棚数量>=8栋；时效指标：完成及时率>=100%。
        二、效益指标
        经济效益指标：带动农户增收>=20万元。
        三、满意度指标
        服务对象满意度指标，受益农户满意度>=90%。
        """;

    [Fact]
    public void Import_NoticeNamingItsFunds_ReadsThemAsTheBudget()
    {
        var sheet = OnlySheet($"""
            关于某村设施农业大棚建设项目绩效目标设定的公示
            根据县财政局文件精神，安排2024年衔接推进乡村振兴补助资金30万元，实施某村设施农业大棚建设项目。现将绩效目标设定如下：
            {Targets}
            """);

        Assert.Equal(30m, sheet.Budget?.TotalWan);
        Assert.Contains(sheet.Assumptions, a => a.Text.Contains("资金30万元", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_NoticeNamingSeveralFunds_TakesNoneAsTheBudget()
    {
        var sheet = OnlySheet($"""
            关于某村设施农业大棚建设项目绩效目标设定的公示
            根据县财政局文件精神，下达2024年衔接推进乡村振兴补助资金300万元，其中安排某村资金30万元，实施某村设施农业大棚建设项目。现将绩效目标设定如下：
            {Targets}
            """);

        Assert.Null(sheet.Budget?.TotalWan);
    }

    [Fact]
    public void Import_NoticeTitledWithItsProject_ReadsTheProjectName()
    {
        var sheet = OnlySheet($"""
            关于某村设施农业大棚建设项目绩效目标设定的公示
            现将绩效目标设定如下：
            {Targets}
            """);

        Assert.Equal("某村设施农业大棚建设项目", sheet.ProjectName);
    }

    private static TargetSheet OnlySheet(string text)
    {
        var outcome = DocumentImporter.Default.Import("notice.txt", Encoding.UTF8.GetBytes(text));
        Assert.Null(outcome.Error);
        var sheet = Assert.Single(outcome.Document!.Sheets);
        Assert.Equal(4, sheet.Indicators.Count);
        return sheet;
    }
}
