using System.Text;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Tests.Layouts;

/// <summary>Templates mark required fields with * or ★ before the label (*年度总体绩效目标); the label is the same field.</summary>
public sealed class RequiredMarkLabelTests
{
    [Theory]
    [InlineData("*")]
    [InlineData("★")]
    [InlineData("")]
    public void Import_MarkedGoalLabel_ReadsTheGoal(string mark)
    {
        var text = $"""
            某县价格认证中心2023年度整体绩效目标表 | |||
            部门(单位)名称 | 某县价格认证中心 | |||
            {mark}部门(单位)职责 | 负责价格认定工作 | |||
            {mark}年度总体绩效目标 | 全年完成涉案价格认定300件，认定结论准确率100%。 | |||
            一级指标 | 二级指标 | 三级指标 | 指标值 |
            产出指标 | 数量指标 | 价格认定件数 | ≥300件 |
            效益指标 | 社会效益指标 | 认定结论采信率 | ≥98% |
            满意度指标 | 服务对象满意度指标 | 办案机关满意度 | ≥90% |
            """;

        var sheet = Assert.Single(DocumentImporter.Default.Import("a.txt", Encoding.UTF8.GetBytes(text)).Document!.Sheets);

        var goal = Assert.Single(sheet.Goals);
        Assert.StartsWith("全年完成涉案价格认定300件", goal.Text, StringComparison.Ordinal);
    }
}

/// <summary>A label wrapped in its narrow cell and copied as two lines of its own (年度 / 目标) is still one label.</summary>
public sealed class WrappedLabelTests
{
    [Fact]
    public void Import_GoalLabelOverTwoLines_ReadsTheGoal()
    {
        const string text = """
            项目支出绩效目标表 | |||
            项目名称 | 残疾人精准康复 | |||
            年度资金总额: | 80 | |||
            年度 |
            目标 |
            为经济困难的残疾人提供基本康复服务4000人，适配辅助器具。 | |||
            一级指标 | 二级指标 | 三级指标 | 指标值 |
            产出指标 | 数量指标 | 签约康复人数 | ≥18000人 |
            效益指标 | 社会效益指标 | 受助残疾人生活自理能力提高率 | ≥80% |
            满意度指标 | 服务对象满意度指标 | 残疾人满意度 | ≥90% |
            """;

        var sheet = Assert.Single(DocumentImporter.Default.Import("b.txt", Encoding.UTF8.GetBytes(text)).Document!.Sheets);

        var goal = Assert.Single(sheet.Goals);
        Assert.StartsWith("为经济困难的残疾人", goal.Text, StringComparison.Ordinal);
    }
}

/// <summary>A list number before a labelled goal (1.目标1：… 目标2：…) belongs to that goal, not a goal of its own.</summary>
public sealed class NumberedGoalLabelTests
{
    [Theory]
    [InlineData("1.目标1：资金按规定用于职业培训补贴。目标2：确保完成年度城镇新增就业目标任务。", "1.目标1：资金按规定用于职业培训补贴。", "目标2：确保完成年度城镇新增就业目标任务。")]
    [InlineData("目标1：资金按规定用于职业培训补贴。目标2：确保完成年度城镇新增就业目标任务。", "目标1：资金按规定用于职业培训补贴。", "目标2：确保完成年度城镇新增就业目标任务。")]
    [InlineData("（1）目标1：资金按规定用于职业培训补贴。（2）目标2：确保完成年度城镇新增就业目标任务。", "（1）目标1：资金按规定用于职业培训补贴。", "（2）目标2：确保完成年度城镇新增就业目标任务。")]
    [InlineData("目标1：培训300人。目标2：确保完成年度城镇新增就业目标任务。", "目标1：培训300人。", "目标2：确保完成年度城镇新增就业目标任务。")]
    public void Import_NumberBeforeGoalLabel_StaysWithItsGoal(string goals, string first, string second)
    {
        var text = $"""
            就业补助资金绩效目标表 | |||
            项目名称 | 就业补助资金 | |||
            年度绩效目标 | {goals} | |||
            一级指标 | 二级指标 | 三级指标 | 指标值 |
            产出指标 | 数量指标 | 培训人数 | ≥300人 |
            效益指标 | 社会效益指标 | 就业率 | ≥60% |
            满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90% |
            """;

        var sheet = Assert.Single(DocumentImporter.Default.Import("a.txt", Encoding.UTF8.GetBytes(text)).Document!.Sheets);

        Assert.Equal([first, second], sheet.Goals.Select(g => g.Text));
    }
}
