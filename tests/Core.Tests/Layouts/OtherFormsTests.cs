using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Core.Tests.Reading;

namespace Jixiao.Core.Tests.Layouts;

/// <summary>Forms beyond the seeds' shapes, as other provinces' systems write them.</summary>
public class OtherFormsTests
{
    [Fact]
    public void Import_IntegratedSystemExportWith101Framework_ReadsSignUnitWeightAndCostLevel1()
    {
        string?[][] rows =
        [
            ["2025年度项目支出绩效目标申报表"],
            ["项目名称", "农村公路养护", "项目编码", "65010025P00012"],
            ["主管部门", "某县交通运输局", "实施单位", "某县公路管理站"],
            ["预算资金（万元）", "120.5", "其中：财政资金", "120.5"],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重"],
            ["成本指标", "经济成本指标", "养护成本", "≤", "120.5", "万元", "10"],
            ["产出指标", "数量指标", "养护里程", "大于等于", "300", "公里", "20"],
            [null, "质量指标", "路面优良率", "≥", "85", "%", "20"],
            [null, "时效指标", "完成时间", "定性", "年底前完成", null, "10"],
            ["效益指标", "社会效益指标", "群众出行条件", "定性", "明显改善", null, "20"],
            ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%", "20"],
        ];
        var workbook = OpenXmlFixtures.WorkbookWithNumbers(("绩效目标", rows, ["A8:A9"]));

        var document = DocumentImporter.Default.Import("export.xlsx", workbook).Document!;

        var sheet = Assert.Single(document.Sheets);
        Assert.Equal((SheetKind.Project, 2025, "农村公路养护", "65010025P00012"), (sheet.Kind, sheet.FiscalYear, sheet.ProjectName, sheet.ProjectCode));
        Assert.Equal(("某县交通运输局", "某县公路管理站"), (sheet.SupervisingDepartment, sheet.Unit));
        Assert.Equal(120.5m, sheet.Budget!.TotalWan);
        Assert.Equal(FrameworkVersion.V101, sheet.Framework);
        Assert.Equal(
            [
                ("成本指标", "经济成本指标", "养护成本", "≤120.5万元", Sign.LessOrEqual, (decimal?)120.5m, "万元", (decimal?)10m),
                ("产出指标", "数量指标", "养护里程", "大于等于300公里", Sign.GreaterOrEqual, 300m, "公里", 20m),
                ("产出指标", "质量指标", "路面优良率", "≥85%", Sign.GreaterOrEqual, 85m, "%", 20m),
                ("产出指标", "时效指标", "完成时间", "年底前完成", Sign.None, null, null, 10m),
                ("效益指标", "社会效益指标", "群众出行条件", "明显改善", Sign.None, null, null, 20m),
                ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", Sign.GreaterOrEqual, 90m, "%", 20m),
            ],
            sheet.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Value.Raw!, i.Value.Sign, i.Value.Number, i.Value.Unit, i.Weight)));
        Assert.Equal("绩效目标!C6", sheet.Indicators[0].Position.ToString());
    }

    [Fact]
    public void Import_OlderFormWithProjectCompletionCategories_RecognisesTheSynonyms()
    {
        var text = "项目绩效目标表\n项目名称\t老旧小区改造\n一级指标\t二级指标\t三级指标\t指标值\n项目完成指标\t数量指标\t改造户数\t≥200户\n项目效益指标\t环境效益指标\t绿化覆盖率\t≥30%\n";

        var sheet = DocumentImporter.Default.Import("old.txt", System.Text.Encoding.UTF8.GetBytes(text)).Document!.Sheets.Single();

        Assert.Equal([("项目完成指标", "数量指标"), ("项目效益指标", "环境效益指标")], sheet.Indicators.Select(i => (i.Level1, i.Level2!)));
        Assert.Equal("户", sheet.Indicators[0].Value.Unit);
    }
}
