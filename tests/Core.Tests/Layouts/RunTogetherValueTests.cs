using System.Text;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Layouts;

/// <summary>
/// Cells run together with no separator (OCR of a scanned form): a row's value with no sign (the
/// number and unit the row ends with, before the next row's category), and a field's value on the
/// line after its label.
/// </summary>
public class RunTogetherValueTests
{
    [Fact]
    public void Import_RowEndingInANumberWithoutSign_ReadsItAsTheValue()
    {
        var sheet = OnlySheet("""
            2024年度项目支出绩效目标表项目名称乡村道路养护项目主管部门县交通运输局一级指标二级指标三级指标指标值产出指标数量指标养护道路里程≥120公里质量指标道路完好率95%效益指标社会效益指标受益群众人数≥3000人
            """);

        Assert.Equal(
            [
                "产出指标|数量指标|养护道路里程|≥120公里",
                "产出指标|质量指标|道路完好率|95%",
                "效益指标|社会效益指标|受益群众人数|≥3000人",
            ],
            Rows(sheet));
    }

    [Fact]
    public void Import_NumberAfterANumeralCharacter_KeepsTheCharacterInTheValueAsWritten()
    {
        // OCR reads = as 二: 「二100百分比」 is the value as written, 100 百分比 with no sign.
        var sheet = OnlySheet("""
            2024年度项目支出绩效目标表项目名称博物馆免费开放项目主管部门县文化和旅游局一级指标二级指标三级指标指标值产出指标数量指标免费开放天数=300天质量指标资金使用效率二100百分比效益指标社会效益指标接待观众人数=30000人次
            """);

        Assert.Equal("产出指标|质量指标|资金使用效率|二100百分比", Rows(sheet)[1]);
        Assert.Equal((Sign.None, 100m, "百分比"), (sheet.Indicators[1].Value.Sign, sheet.Indicators[1].Value.Number, sheet.Indicators[1].Value.Unit));
    }

    [Fact]
    public void Import_RowEndingInADate_KeepsTheDateInTheName()
    {
        var sheet = OnlySheet("""
            2024年度项目支出绩效目标表项目名称乡村道路养护项目主管部门县交通运输局一级指标二级指标三级指标指标值产出指标数量指标养护道路里程≥120公里时效指标完工时间2024年12月效益指标社会效益指标受益群众人数≥3000人
            """);

        Assert.Equal("产出指标|时效指标|完工时间2024年12月|", Rows(sheet)[1]);
    }

    [Fact]
    public void Import_LineBreakAfterAFieldLabel_ReadsTheValueOnTheNextLine()
    {
        // The copy breaks its line between 项目总投资 and its amount.
        var sheet = OnlySheet("""
            2024年度项目支出绩效目标表项目名称乡村道路养护项目主管部门县交通运输局实施单位县公路管理段年度绩效目标完成全县乡村道路日常养护，及时修复路面病害，保障道路安全畅通，提升沿线群众的出行条件和满意度项目总投资
            86.5万元资金性质一般公共预算
            一级指标二级指标三级指标指标值产出指标数量指标养护道路里程≥120公里修复路面面积≥5000平方米质量指标道路完好率≥95%时效指标病害修复及时率≥90%效益指标社会效益指标受益群众人数≥3000人满意度指标服务对象满意度指标沿线群众满意度≥85%
            """);

        Assert.Equal(86.5m, sheet.Budget?.TotalWan);
        Assert.Equal(6, sheet.Indicators.Count);
    }

    private static TargetSheet OnlySheet(string text)
    {
        var outcome = DocumentImporter.Default.Import("run.txt", Encoding.UTF8.GetBytes(text));
        Assert.Null(outcome.Error);
        return Assert.Single(outcome.Document!.Sheets);
    }

    private static List<string> Rows(TargetSheet sheet) =>
        [.. sheet.Indicators.Select(i => $"{i.Level1}|{i.Level2}|{i.Name}|{i.Value.Raw}")];
}
