using System.Text;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Layouts;

/// <summary>
/// Allocation tables: funds shared among areas, with a sign column (指标方向) and one target column
/// per area instead of one 指标值 column. The first area's column is each row's target, and the
/// sheet says that the other columns were not read.
/// </summary>
public class AllocationTableTests
{
    [Fact]
    public void Import_TabTableWithOneTargetColumnPerArea_ReadsTheFirstAreasValueWithTheSign()
    {
        var sheet = OnlySheet("""
            2025年度农田水利专项资金绩效目标表
            项目名称⇥农田水利专项资金
            一级指标⇥二级指标⇥三级指标⇥指标解释⇥指标方向⇥东湖镇⇥西山乡
            产出指标⇥数量指标⇥疏浚沟渠长度(公里)⇥反映沟渠疏浚情况⇥≥⇥12⇥8
            ⇥质量指标⇥工程是否通过验收⇥竣工后是否通过验收⇥是/否⇥是⇥是
            满意度指标⇥服务对象满意度指标⇥受益农户满意度⇥反映农户满意程度⇥≥⇥90%⇥85%
            """);

        Assert.Equal(
            [
                "产出指标|数量指标|疏浚沟渠长度(公里)|≥12",
                "产出指标|质量指标|工程是否通过验收|是",
                "满意度指标|服务对象满意度指标|受益农户满意度|≥90%",
            ],
            Rows(sheet));
        Assert.Equal("反映沟渠疏浚情况", sheet.Indicators[0].Description);
        Assert.Contains(sheet.Assumptions, a => a.Text.Contains("东湖镇、西山乡分列", StringComparison.Ordinal));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_TabTableWithSignAndValueColumns_IsNoAllocationTable()
    {
        var sheet = OnlySheet("""
            2025年度农田水利专项资金绩效目标表
            项目名称⇥农田水利专项资金
            一级指标⇥二级指标⇥三级指标⇥指标方向⇥指标值⇥备注
            产出指标⇥数量指标⇥疏浚沟渠长度⇥≥⇥12公里⇥东湖镇
            """);

        Assert.Equal(["产出指标|数量指标|疏浚沟渠长度|≥12公里"], Rows(sheet));
        Assert.DoesNotContain(sheet.Assumptions, a => a.Text.Contains("分列", StringComparison.Ordinal));
    }

    private static TargetSheet OnlySheet(string text)
    {
        var outcome = DocumentImporter.Default.Import("allocation.txt", Encoding.UTF8.GetBytes(text.Replace('⇥', '\t')));
        Assert.Null(outcome.Error);
        return Assert.Single(outcome.Document!.Sheets);
    }

    private static List<string> Rows(TargetSheet sheet) =>
        [.. sheet.Indicators.Select(i => $"{i.Level1}|{i.Level2}|{i.Name}|{i.Value.Raw}")];
}
