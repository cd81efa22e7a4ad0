using System.Text;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Layouts;

/// <summary>Labels with bracketed words that belong to them (主管部门(单位)名称), not a note such as (万元).</summary>
public class BracketedLabelTests
{
    [Fact]
    public void Import_TabFormWithBracketedLabel_ReadsTheSupervisingDepartment()
    {
        var sheet = OnlySheet("""
            2025年度项目支出绩效目标表
            项目名称⇥农田水利专项资金
            主管部门(单位)名称⇥县水利局
            一级指标⇥二级指标⇥三级指标⇥指标值
            产出指标⇥数量指标⇥疏浚沟渠长度⇥≥12公里
            """);

        Assert.Equal(("农田水利专项资金", "县水利局"), (sheet.ProjectName, sheet.SupervisingDepartment));
    }

    [Fact]
    public void Import_RunTogetherFormWithBracketedLabel_CutsTheWholeLabel()
    {
        var sheet = OnlySheet("""
            2025年度项目支出绩效目标表项目名称农田水利专项资金主管部门(单位)名称县水利局一级指标二级指标三级指标指标值产出指标数量指标疏浚沟渠长度≥12公里质量指标工程验收合格率≥95%满意度指标服务对象满意度指标受益农户满意度≥90%
            """);

        Assert.Equal(("农田水利专项资金", "县水利局"), (sheet.ProjectName, sheet.SupervisingDepartment));
        Assert.Equal(3, sheet.Indicators.Count);
    }

    private static TargetSheet OnlySheet(string text)
    {
        var outcome = DocumentImporter.Default.Import("form.txt", Encoding.UTF8.GetBytes(text.Replace('⇥', '\t')));
        Assert.Null(outcome.Error);
        return Assert.Single(outcome.Document!.Sheets);
    }
}
