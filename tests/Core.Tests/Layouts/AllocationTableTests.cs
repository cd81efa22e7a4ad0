using System.Text;
using Jixiao.Core.Layouts;
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

    [Fact]
    public void Import_AllocationTableRunTogether_CutsNamesExplanationsSignsAndEachAreasValue()
    {
        // No separator at all: 「≥88」 is the sign column and 8 for each town, 「是/否是是」 the yes/no word and 是 for each.
        var sheet = OnlySheet("""
            2025年度农田水利专项资金绩效目标表项目名称农田水利专项资金主管部门县水利局一级指标二级指标三级指标指标解释指标方向东湖镇西山乡产出指标数量指标疏浚沟渠条数(条)反映沟渠疏浚情况≥88质量指标工程是否通过验收竣工后是否通过验收是/否是是时效指标完工及时率(%)反映工程按期完工情况≥100%95%满意度指标服务对象满意度指标受益农户满意度(%)反映受益农户满意程度≥90%90%
            """);

        Assert.Equal(
            [
                "产出指标|数量指标|疏浚沟渠条数(条)|≥8",
                "产出指标|质量指标|工程是否通过验收|是",
                "产出指标|时效指标|完工及时率(%)|≥100%",
                "满意度指标|服务对象满意度指标|受益农户满意度(%)|≥90%",
            ],
            Rows(sheet));
        Assert.Equal(
            ["反映沟渠疏浚情况", "竣工后是否通过验收", "反映工程按期完工情况", "反映受益农户满意程度"],
            sheet.Indicators.Select(i => i.Description));
        Assert.Equal((Sign.GreaterOrEqual, 8m, "条"), (sheet.Indicators[0].Value.Sign, sheet.Indicators[0].Value.Number, sheet.Indicators[0].Value.Unit));
        Assert.Contains(sheet.Assumptions, a => a.Text.Contains("东湖镇、西山乡分列", StringComparison.Ordinal));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_TableWithExplanationRunTogether_CutsTheExplanationOffTheName()
    {
        // 「群众反映问题」 is part of the name: the explanation starts at the 反映 after the unit bracket.
        var sheet = OnlySheet("""
            2025年度信访工作经费绩效目标表项目名称信访工作经费主管部门县信访局一级指标二级指标三级指标指标解释指标值产出指标质量指标群众反映问题办结率(%)反映群众反映问题的办结情况≥95%效益指标社会效益指标群众满意度提高该指标考察群众对信访工作的评价≥90%
            """);

        Assert.Equal(
            [
                "产出指标|质量指标|群众反映问题办结率(%)|≥95%",
                "效益指标|社会效益指标|群众满意度提高|≥90%",
            ],
            Rows(sheet));
        Assert.Equal(["反映群众反映问题的办结情况", "该指标考察群众对信访工作的评价"], sheet.Indicators.Select(i => i.Description));
    }

    [Theory]
    [InlineData("东湖镇西山乡", "东湖镇|西山乡")]
    [InlineData("城关街道办事处南山镇", "城关街道办事处|南山镇")]
    [InlineData("新城街道办东湖镇", "新城街道办|东湖镇")]
    [InlineData("镇海区市本级", "镇海区|市本级")]
    [InlineData("合计东湖镇", "合计|东湖镇")]
    [InlineData("东湖镇", "东湖镇")]
    public void Split_AreaNamesRunTogether_GivesEachName(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), AreaNames.Split(text));
    }

    [Theory]
    [InlineData("备注")]
    [InlineData("完成情况说明")]
    [InlineData("东湖镇2025")]
    [InlineData("镇")]
    public void Split_TextThatIsNotOnlyAreaNames_GivesNull(string text)
    {
        Assert.Null(AreaNames.Split(text));
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
