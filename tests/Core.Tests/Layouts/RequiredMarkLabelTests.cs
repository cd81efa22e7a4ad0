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
