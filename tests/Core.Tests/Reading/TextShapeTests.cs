using System.Text;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Tests.Reading;

/// <summary>
/// One small hand-written form per text shape the text reader recognises (decision 009): each
/// must give the same indicator rows as the table it was copied from.
/// </summary>
public class TextShapeTests
{
    [Fact]
    public void Import_TabSeparatedRows_ReadsEachIndicator()
    {
        var sheet = OnlySheet(TextShape.Tabs, Tabs("""
            2024年度项目支出绩效目标表
            项目名称⇥乡村教师培训项目
            一级指标⇥二级指标⇥三级指标⇥指标值
            产出指标⇥数量指标⇥培训教师人数⇥≥120人
            ⇥质量指标⇥培训合格率⇥≥95%
            效益指标⇥社会效益指标⇥教学水平提升⇥明显提升
            满意度指标⇥服务对象满意度指标⇥参训教师满意度⇥≥90%
            """));

        Assert.Equal("乡村教师培训项目", sheet.ProjectName);
        Assert.Equal(
            [
                "产出指标|数量指标|培训教师人数|≥120人",
                "产出指标|质量指标|培训合格率|≥95%",
                "效益指标|社会效益指标|教学水平提升|明显提升",
                "满意度指标|服务对象满意度指标|参训教师满意度|≥90%",
            ],
            Rows(sheet));
        Assert.Equal((Sign.GreaterOrEqual, 120m, "人"), Parsed(sheet.Indicators[0]));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_PipeRowsWithOuterBarsAndMarkdownRule_ReadsEachIndicator()
    {
        var sheet = OnlySheet(TextShape.PipeRows, """
            2024年度项目支出绩效目标表
            | 项目名称 | 城乡居民健康体检项目 |
            |---|---|
            | 一级指标 | 二级指标 | 三级指标 | 指标值 |
            | 产出指标 | 数量指标 | 体检人数 | ≥5000人 |
            |  | 时效指标 | 体检完成时间 | 2024年10月底前 |
            | 效益指标 | 社会效益指标 | 居民健康意识 | 显著增强 |
            | 满意度指标 | 服务对象满意度指标 | 体检对象满意度 | ≥85% |
            """);

        Assert.Equal("城乡居民健康体检项目", sheet.ProjectName);
        Assert.Equal(
            [
                "产出指标|数量指标|体检人数|≥5000人",
                "产出指标|时效指标|体检完成时间|2024年10月底前",
                "效益指标|社会效益指标|居民健康意识|显著增强",
                "满意度指标|服务对象满意度指标|体检对象满意度|≥85%",
            ],
            Rows(sheet));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_PipeRowsWithoutOuterBars_ReadsEachIndicator()
    {
        var sheet = OnlySheet(TextShape.PipeRows, """
            2024年度项目支出绩效目标表
            项目名称 | 残疾人康复救助项目
            一级指标 | 二级指标 | 三级指标 | 指标值
            产出指标 | 数量指标 | 救助残疾儿童人数 | ≥150人
             | 质量指标 | 康复训练达标率 | ≥85%
            效益指标 | 社会效益指标 | 残疾儿童生活自理能力 | 逐步提高
            满意度指标 | 服务对象满意度指标 | 受助家庭满意度 | ≥90%
            """);

        Assert.Equal("残疾人康复救助项目", sheet.ProjectName);
        Assert.Equal(
            [
                "产出指标|数量指标|救助残疾儿童人数|≥150人",
                "产出指标|质量指标|康复训练达标率|≥85%",
                "效益指标|社会效益指标|残疾儿童生活自理能力|逐步提高",
                "满意度指标|服务对象满意度指标|受助家庭满意度|≥90%",
            ],
            Rows(sheet));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_MarkdownRuleUnderIndicatorHeader_IsNotAnUnplacedRow()
    {
        var sheet = OnlySheet(TextShape.PipeRows, """
            2024年度项目支出绩效目标表
            | 项目名称 | 城乡居民健康体检项目 |
            |---|---|
            | 一级指标 | 二级指标 | 三级指标 | 指标值 |
            |:---|:---|:---|---:|
            | 产出指标 | 数量指标 | 体检人数 | ≥5000人 |
            | 效益指标 | 社会效益指标 | 居民健康意识 | 显著增强 |
            | 满意度指标 | 服务对象满意度指标 | 体检对象满意度 | ≥85% |
            """);

        Assert.Equal(3, sheet.Indicators.Count);
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_PipeCellsOnePerLine_RegroupsRowsUnderTheHeader()
    {
        var sheet = OnlySheet(TextShape.PipeCells, """
            2024年度项目支出绩效目标表
            项目名称 |
            农村饮水安全巩固提升工程 |
            |
            一级指标 |
            二级指标 |
            三级指标 |
            指标值 |
            |
            产出指标 |
            数量指标 |
            新建供水管网长度 |
            ≥35公里 |
            |
            质量指标 |
            工程验收合格率 |
            100% |
            |
            效益指标 |
            社会效益指标 |
            受益群众人数 |
            ≥8000人 |
            |
            满意度指标 |
            服务对象满意度指标 |
            受益群众满意度 |
            ≥90% |
            |
            """);

        Assert.Equal("农村饮水安全巩固提升工程", sheet.ProjectName);
        Assert.Equal(
            [
                "产出指标|数量指标|新建供水管网长度|≥35公里",
                "产出指标|质量指标|工程验收合格率|100%",
                "效益指标|社会效益指标|受益群众人数|≥8000人",
                "满意度指标|服务对象满意度指标|受益群众满意度|≥90%",
            ],
            Rows(sheet));
        Assert.Equal((Sign.GreaterOrEqual, 35m, "公里"), Parsed(sheet.Indicators[0]));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_TabLedCellPerLine_GroupsLinesIntoRows()
    {
        var sheet = OnlySheet(TextShape.TabLedCells, Tabs("""
            2024年度项目支出绩效目标表

            ⇥项目名称
            ⇥社区养老服务补助项目

            ⇥一级指标
            ⇥二级指标
            ⇥三级指标
            ⇥指标值

            ⇥产出指标
            ⇥数量指标
            ⇥补助养老机构数量
            ⇥≥12个

            ⇥
            ⇥质量指标
            ⇥补助资金发放准确率
            ⇥100%

            ⇥效益指标
            ⇥社会效益指标
            ⇥老年人生活质量
            ⇥有效改善

            ⇥满意度指标
            ⇥服务对象满意度指标
            ⇥入住老人满意度
            ⇥≥90%
            """));

        Assert.Equal("社区养老服务补助项目", sheet.ProjectName);
        Assert.Equal(
            [
                "产出指标|数量指标|补助养老机构数量|≥12个",
                "产出指标|质量指标|补助资金发放准确率|100%",
                "效益指标|社会效益指标|老年人生活质量|有效改善",
                "满意度指标|服务对象满意度指标|入住老人满意度|≥90%",
            ],
            Rows(sheet));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_SpaceIndentedCellPerLine_GroupsLinesIntoRowsOrReportsThem()
    {
        var sheet = OnlySheet(TextShape.TabLedCells, """
            2024年度项目支出绩效目标表

                项目名称
                社区养老服务补助项目

                一级指标
                二级指标
                三级指标
                指标值

                产出指标
                数量指标
                补助养老机构数量
                ≥12个

                质量指标
                补助资金发放准确率
                100%

                效益指标
                社会效益指标
                老年人生活质量
                有效改善

                满意度指标
                服务对象满意度指标
                入住老人满意度
                ≥90%
            """);

        Assert.True(sheet.Indicators.Count + sheet.Unplaced.Count >= 4);
        Assert.Equal(
            [
                "产出指标|数量指标|补助养老机构数量|≥12个",
                "产出指标|质量指标|补助资金发放准确率|100%",
                "效益指标|社会效益指标|老年人生活质量|有效改善",
                "满意度指标|服务对象满意度指标|入住老人满意度|≥90%",
            ],
            Rows(sheet));
    }

    [Fact]
    public void Import_OneCellPerParagraph_RegroupsRowsUnderTheHeader()
    {
        var sheet = OnlySheet(TextShape.Paragraphs, """
            2024年度项目支出绩效目标表

            项目名称

            高标准农田建设项目

            一级指标

            二级指标

            三级指标

            指标值

            产出指标

            数量指标

            新建高标准农田面积

            ≥2000亩

            质量指标

            项目验收合格率

            100%

            效益指标

            经济效益指标

            亩均增产粮食

            ≥50公斤

            满意度指标

            服务对象满意度指标

            农户满意度

            ≥90%
            """);

        Assert.Equal("高标准农田建设项目", sheet.ProjectName);
        Assert.Equal(
            [
                "产出指标|数量指标|新建高标准农田面积|≥2000亩",
                "产出指标|质量指标|项目验收合格率|100%",
                "效益指标|经济效益指标|亩均增产粮食|≥50公斤",
                "满意度指标|服务对象满意度指标|农户满意度|≥90%",
            ],
            Rows(sheet));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_SpacedColumnsWithVanishedMergedCells_FitsCellsToColumns()
    {
        var sheet = OnlySheet(TextShape.Spaced, """
            2024年度项目支出绩效目标表
            项目名称 城市生活垃圾分类处理项目
            一级指标 二级指标 三级指标 指标值
            产出指标 数量指标 新增分类收集点 ≥60个
            发放宣传手册 ≥5000份
            质量指标 垃圾分类准确率 ≥80%
            效益指标 生态效益指标 生活垃圾减量 ≥10%
            满意度指标 服务对象满意度指标 居民满意度 ≥85%
            """);

        Assert.Equal("城市生活垃圾分类处理项目", sheet.ProjectName);
        Assert.Equal(
            [
                "产出指标|数量指标|新增分类收集点|≥60个",
                "产出指标|数量指标|发放宣传手册|≥5000份",
                "产出指标|质量指标|垃圾分类准确率|≥80%",
                "效益指标|生态效益指标|生活垃圾减量|≥10%",
                "满意度指标|服务对象满意度指标|居民满意度|≥85%",
            ],
            Rows(sheet));
        Assert.Equal((Sign.GreaterOrEqual, 5000m, "份"), Parsed(sheet.Indicators[1]));
        Assert.Empty(sheet.Unplaced);
    }

    private const string RunTogetherForm = """
        2024年度项目支出绩效目标表项目名称乡村道路养护项目主管部门县交通运输局一级指标二级指标三级指标指标值产出指标数量指标养护道路里程≥120公里质量指标道路完好率≥90%效益指标社会效益指标受益群众人数≥3000人满意度指标服务对象满意度指标沿线群众满意度≥85%
        """;

    [Fact]
    public void Import_CellsRunTogether_SplitsRowsByVocabularyAndSigns()
    {
        var sheet = OnlySheet(TextShape.Spaced, RunTogetherForm);

        Assert.Equal("乡村道路养护项目", sheet.ProjectName);
        Assert.Equal(
            [
                "产出指标|数量指标|养护道路里程|≥120公里",
                "产出指标|质量指标|道路完好率|≥90%",
                "效益指标|社会效益指标|受益群众人数|≥3000人",
                "满意度指标|服务对象满意度指标|沿线群众满意度|≥85%",
            ],
            Rows(sheet));
        Assert.Equal((Sign.GreaterOrEqual, 120m, "公里"), Parsed(sheet.Indicators[0]));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_CellsRunTogether_ListsAnAssumption()
    {
        var sheet = OnlySheet(TextShape.Spaced, RunTogetherForm);

        Assert.Contains(sheet.Assumptions, a => a.Text.Contains("单元格连在一起", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_CellsRunTogether_KeepsTheWholeTitle()
    {
        var sheet = OnlySheet(TextShape.Spaced, RunTogetherForm);

        Assert.Equal("2024年度项目支出绩效目标表", sheet.Title);
    }

    [Fact]
    public void Import_SheetFlattenedIntoOneLine_TakesCategoriesPrintedInTheHeaderAndAfterAPageBreak()
    {
        // The merged cells 数量指标, 产出指标 and the vertical label 绩 效 指 标 are printed inside the
        // header; after the page break, a partial header carries the next merged cells (质量指标).
        var sheet = OnlySheet(TextShape.SpacedStream, """
            2024年度项目支出绩效目标表 项目名称 农村公路危桥改造项目 主管部门 县交通运输局 实施单位 县公路管理段 项目资金(万元) 年度资金总额 150 其中:财政拨款 150 其他资金 0 年度总体目标 完成3座农村公路危桥改造，消除安全隐患，保障群众安全出行。 一级指标 二级指标 数量指标 产出指标 绩 效 指 标 三级指标 指标值 改造危桥数量 ≥3座 新建护栏长度 ≥800米 二级指标 质量指标 产出指标 绩 效 指 标 工程验收合格率 100% 效益指标 社会效益指标 群众出行安全 明显提升 满意度指标 服务对象满意度指标 沿线群众满意度 ≥90%
            """);

        Assert.Equal("农村公路危桥改造项目", sheet.ProjectName);
        Assert.Equal(150m, sheet.Budget?.TotalWan);
        Assert.Equal(
            [
                "产出指标|数量指标|改造危桥数量|≥3座",
                "产出指标|数量指标|新建护栏长度|≥800米",
                "产出指标|质量指标|工程验收合格率|100%",
                "效益指标|社会效益指标|群众出行安全|明显提升",
                "满意度指标|服务对象满意度指标|沿线群众满意度|≥90%",
            ],
            Rows(sheet));
        Assert.Equal((Sign.GreaterOrEqual, 800m, "米"), Parsed(sheet.Indicators[1]));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_SheetFlattenedWithTheFullHeaderRepeated_SkipsTheRepeatedHeader()
    {
        var sheet = OnlySheet(TextShape.SpacedStream, """
            2024年度项目支出绩效目标表 项目名称 农村公路危桥改造项目 主管部门 县交通运输局 实施单位 县公路管理段 项目资金(万元) 年度资金总额 150 其中:财政拨款 150 其他资金 0 年度总体目标 完成3座农村公路危桥改造，消除安全隐患，保障群众安全出行。 一级指标 二级指标 数量指标 产出指标 绩 效 指 标 三级指标 指标值 改造危桥数量 ≥3座 质量指标 工程验收合格率 100% 时效指标 完工时间 2024年11月底前 一级指标 二级指标 三级指标 指标值 效益指标 社会效益指标 群众出行安全 明显提升 满意度指标 服务对象满意度指标 沿线群众满意度 ≥90%
            """);

        Assert.Equal(
            [
                "产出指标|数量指标|改造危桥数量|≥3座",
                "产出指标|质量指标|工程验收合格率|100%",
                "产出指标|时效指标|完工时间|2024年11月底前",
                "效益指标|社会效益指标|群众出行安全|明显提升",
                "满意度指标|服务对象满意度指标|沿线群众满意度|≥90%",
            ],
            Rows(sheet));
    }

    [Fact]
    public void Import_BracketOutline_ReadsNumberedItemsAndSaysItInferredThem()
    {
        var sheet = OnlySheet(TextShape.Spaced, """
            2024年度项目支出绩效目标表
            项目编码 项目名称 金额
            101001 全民健身设施维护项目 350000
            【总体目标】:维护全县全民健身设施，保障群众健身需求。
            【产出指标-数量指标】
            指标1:维护健身路径数量(≥45处)
            指标2:更换损坏器材(≥120件)
            【产出指标-质量指标】
            指标1:设施完好率(≥95%)
            【效益指标-社会效益指标】
            指标1:群众健身参与度(明显提高)
            【满意度指标-服务对象满意度指标】
            指标1:健身群众满意度(≥90%)
            """);

        Assert.Equal("全民健身设施维护项目", sheet.ProjectName);
        Assert.Equal(
            [
                "产出指标|数量指标|维护健身路径数量|≥45处",
                "产出指标|数量指标|更换损坏器材|≥120件",
                "产出指标|质量指标|设施完好率|≥95%",
                "效益指标|社会效益指标|群众健身参与度|明显提高",
                "满意度指标|服务对象满意度指标|健身群众满意度|≥90%",
            ],
            Rows(sheet));
        Assert.Equal((Sign.GreaterOrEqual, 120m, "件"), Parsed(sheet.Indicators[1]));
        Assert.Contains(sheet.Assumptions, a => a.Text.StartsWith("指标不是表格", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_BracketOutlineUnderProjectNameField_ReadsTheProjectName()
    {
        var sheet = OnlySheet(TextShape.Spaced, """
            2024年度项目支出绩效目标表
            项目名称:全民健身设施维护项目
            【产出指标-数量指标】
            指标1:维护健身路径数量(≥45处)
            【满意度指标-服务对象满意度指标】
            指标1:健身群众满意度(≥90%)
            """);

        Assert.Equal(2, sheet.Indicators.Count);
        Assert.Equal("全民健身设施维护项目", sheet.ProjectName);
    }

    [Fact]
    public void Import_PdfTextLaidOutInColumns_JoinsTheWrappedName()
    {
        // Columns line up by character index (as ColumnLayout reads them), which looks ragged where
        // an editor draws CJK characters double width.
        var sheet = OnlySheet(TextShape.Columns, """
                                2024年度项目支出绩效目标表

              项目名称    中小学校舍维修改造项目
              主管部门    县教育局
              一级指标        二级指标        三级指标            指标值
              产出指标        数量指标        维修校舍面积          ≥12000平方米
                          质量指标        维修工程验收合格率       100%
              效益指标        社会效益指标      师生学习生活条件        明显改善
              满意度指标       服务对象满意度     在校师生及家长对校       ≥90%
                          指标          舍维修工作的满意度
            """);

        Assert.Equal("中小学校舍维修改造项目", sheet.ProjectName);
        Assert.Equal(
            [
                "产出指标|数量指标|维修校舍面积|≥12000平方米",
                "产出指标|质量指标|维修工程验收合格率|100%",
                "效益指标|社会效益指标|师生学习生活条件|明显改善",
                "满意度指标|服务对象满意度指标|在校师生及家长对校舍维修工作的满意度|≥90%",
            ],
            Rows(sheet));
        Assert.Equal((Sign.GreaterOrEqual, 12000m, "平方米"), Parsed(sheet.Indicators[0]));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_TableInsideAWebPage_LeavesNavigationAndFooterOut()
    {
        var sheet = OnlySheet(TextShape.PipeRows, """
            首页 > 政务公开 > 财政信息 > 预算公开
            字号：大 中 小 打印本页 关闭窗口
            关于公开2024年度项目支出绩效目标的公告
            发布时间：2024-02-20 10:35 来源：县财政局 浏览次数：1024
            附件1
            2024年度项目支出绩效目标表
            | 项目名称 | 城区公共厕所改造项目 |  |  |
            | 一级指标 | 二级指标 | 三级指标 | 指标值 |
            | 产出指标 | 数量指标 | 改造公共厕所数量 | ≥25座 |
            |  | 质量指标 | 改造验收合格率 | 100% |
            | 效益指标 | 社会效益指标 | 城区环境卫生状况 | 明显改善 |
            | 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90% |
            上一篇：2024年度部门预算公开
            下一篇：2024年度政府性基金预算
            主办单位：某某县人民政府办公室 承办单位：某某县大数据中心
            网站标识码：1234000001 备案号：皖ICP备12345678号 联系电话：0551-1234567
            """);

        Assert.Equal("2024年度项目支出绩效目标表", sheet.Title);
        Assert.Equal("城区公共厕所改造项目", sheet.ProjectName);
        Assert.Equal(
            [
                "产出指标|数量指标|改造公共厕所数量|≥25座",
                "产出指标|质量指标|改造验收合格率|100%",
                "效益指标|社会效益指标|城区环境卫生状况|明显改善",
                "满意度指标|服务对象满意度指标|市民满意度|≥90%",
            ],
            Rows(sheet));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_TableFollowedByAttachmentAndDateLines_LeavesThemOut()
    {
        var sheet = OnlySheet(TextShape.PipeRows, """
            首页 > 政务公开 > 财政信息 > 预算公开
            2024年度项目支出绩效目标表
            | 项目名称 | 城区公共厕所改造项目 |  |  |
            | 一级指标 | 二级指标 | 三级指标 | 指标值 |
            | 产出指标 | 数量指标 | 改造公共厕所数量 | ≥25座 |
            | 效益指标 | 社会效益指标 | 城区环境卫生状况 | 明显改善 |
            | 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90% |
            附件：2024年度项目支出绩效目标表.xlsx
            2024年2月20日
            上一篇：2024年度部门预算公开
            主办单位：某某县人民政府办公室
            """);

        Assert.Equal(
            [
                "产出指标|数量指标|改造公共厕所数量|≥25座",
                "效益指标|社会效益指标|城区环境卫生状况|明显改善",
                "满意度指标|服务对象满意度指标|市民满意度|≥90%",
            ],
            Rows(sheet));
        Assert.Empty(sheet.Unplaced);
    }

    [Fact]
    public void Import_DocumentWithoutATable_ListsIndicatorLikeLinesAsUnplaced()
    {
        var document = DocumentImporter.Default.Import("notice.txt", Encoding.UTF8.GetBytes("""
            关于做好2024年度预算绩效目标管理工作的通知
            各乡镇人民政府，县直各部门：
            为加强预算绩效管理，提高财政资金使用效益，现将有关事项通知如下。
            一、各单位应于2024年3月31日前报送项目支出绩效目标表。
            二、绩效指标应包括产出指标、效益指标和满意度指标。
            三、服务对象满意度原则上不低于85%。
            四、培训类项目的培训人数应≥200人次。
            县财政局
            2024年1月10日
            """)).Document!;

        Assert.Empty(document.Sheets);
        Assert.Equal(
            ["L6 三、服务对象满意度原则上不低于85%。", "L7 四、培训类项目的培训人数应≥200人次。"],
            document.Unplaced.Select(u => $"{u.Position} {u.Text}"));
    }

    /// <summary>The samples mark tabs with a visible ⇥.</summary>
    private static string Tabs(string text) => text.Replace('⇥', '\t');

    /// <summary>The one sheet read from <paramref name="text"/>, after checking the reader saw the shape the test is about.</summary>
    private static TargetSheet OnlySheet(TextShape shape, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var shapes = new TextTableReader().Read("shape.txt", bytes).Document!.Grids.SelectMany(g => g.Shapes).Select(s => s.Split(' ')[0]);
        Assert.Contains(shape.ToString(), shapes);

        var outcome = DocumentImporter.Default.Import("shape.txt", bytes);
        Assert.Null(outcome.Error);
        return Assert.Single(outcome.Document!.Sheets);
    }

    private static List<string> Rows(TargetSheet sheet) =>
        [.. sheet.Indicators.Select(i => $"{i.Level1}|{i.Level2}|{i.Name}|{i.Value.Raw}")];

    private static (Sign, decimal?, string?) Parsed(Indicator indicator) =>
        (indicator.Value.Sign, indicator.Value.Number, indicator.Value.Unit);
}
