namespace Jixiao.Core.Layouts;

/// <summary>The header fields of target forms, one name per idea.</summary>
internal enum Field
{
    Section,
    Department,
    Unit,
    Supervising,
    Compiler,
    ProjectName,
    ProjectCode,
    ProjectType,
    ProjectLevel,
    ProjectAttribute,
    Leader,
    Phone,
    Period,
    PeriodStart,
    PeriodEnd,
    Total,
    CurrentYear,
    Fiscal,
    Other,
    Basic,
    ProjectSpending,
    OtherSpendingLine,
    FundNature,
    Staff,
    Purpose,
    Functions,
    OverallGoal,
    AnnualGoal,
    PeriodGoal,
    DetailedGoal,
    Plan,
    Organisation,
    Rules,
    KeyTasks,
    SpendingPlan,
    MoneyUnitLine,
    PeriodTotal,
    LegalBasis,
    SubProject,
}

/// <summary>Labels as forms write them (normalised by <see cref="Label.Normalise"/>) and the field each names.</summary>
internal static class FieldLabels
{
    private static readonly Dictionary<string, Field> Map = new(StringComparer.Ordinal)
    {
        ["部门名称"] = Field.Department, ["单位名称"] = Field.Department, ["部门"] = Field.Department,
        ["下属单位名称"] = Field.Unit, ["用款单位"] = Field.Unit, ["预算单位"] = Field.Unit, ["实施单位"] = Field.Unit,
        ["主管部门"] = Field.Supervising, ["主管部门及代码"] = Field.Supervising,
        ["编制单位"] = Field.Compiler, ["填报单位"] = Field.Compiler, ["申报单位"] = Field.Compiler,
        ["项目名称"] = Field.ProjectName, ["项目编码"] = Field.ProjectCode, ["项目代码"] = Field.ProjectCode,
        ["项目类型"] = Field.ProjectType, ["项目类别"] = Field.ProjectType, ["项目等级"] = Field.ProjectLevel, ["项目级次"] = Field.ProjectLevel,
        ["项目属性"] = Field.ProjectAttribute, ["项目负责人"] = Field.Leader, ["负责人"] = Field.Leader, ["经办人"] = Field.Leader,
        ["联系电话"] = Field.Phone, ["联系方式"] = Field.Phone,
        ["实施期限"] = Field.Period, ["项目计划实施时间"] = Field.Period, ["实施时间"] = Field.Period, ["项目实施期"] = Field.Period, ["实施周期"] = Field.Period,
        ["起始年度"] = Field.PeriodStart, ["到期年度"] = Field.PeriodEnd,
        ["预算数"] = Field.Total, ["预算资金"] = Field.Total, ["总金额"] = Field.Total, ["资金总额"] = Field.Total, ["项目总金额"] = Field.Total,
        ["年度预算金额"] = Field.Total, ["预算总额"] = Field.Total, ["金额"] = Field.Total, ["年度资金总额"] = Field.Total,
        ["当年度金额"] = Field.CurrentYear, ["本年度金额"] = Field.CurrentYear, ["当年预算"] = Field.CurrentYear,
        ["财政资金"] = Field.Fiscal, ["财政拨款"] = Field.Fiscal, ["财政性资金"] = Field.Fiscal,
        ["其他资金"] = Field.Other, ["基本支出"] = Field.Basic, ["项目支出"] = Field.ProjectSpending,
        ["财政专项资金"] = Field.OtherSpendingLine, ["其他事业发展性支出"] = Field.OtherSpendingLine,
        ["资金性质"] = Field.FundNature, ["财政供养人员数"] = Field.Staff,
        ["项目概述"] = Field.Purpose, ["资金用途"] = Field.Purpose, ["项目内容"] = Field.Purpose,
        ["部门职能概述"] = Field.Functions, ["部门职能描述"] = Field.Functions, ["部门职能"] = Field.Functions, ["单位职能"] = Field.Functions,
        ["年度整体绩效目标"] = Field.AnnualGoal, ["总体绩效目标"] = Field.OverallGoal, ["部门绩效目标"] = Field.OverallGoal, ["整体绩效目标"] = Field.OverallGoal,
        ["绩效目标"] = Field.AnnualGoal, ["年度目标"] = Field.AnnualGoal, ["当年度目标"] = Field.AnnualGoal, ["年度绩效目标"] = Field.AnnualGoal,
        ["实施周期总目标"] = Field.PeriodGoal, ["中长期目标"] = Field.PeriodGoal, ["实施周期目标"] = Field.PeriodGoal,
        ["部门明细目标"] = Field.DetailedGoal, ["详细目标"] = Field.DetailedGoal, ["明细目标"] = Field.DetailedGoal,
        ["本年度实施计划"] = Field.Plan, ["实施计划"] = Field.Plan, ["部门目标阶段性计划"] = Field.Plan, ["阶段性计划"] = Field.Plan,
        ["组织机构"] = Field.Organisation, ["相关管理制度"] = Field.Rules, ["管理制度"] = Field.Rules,
        ["年度重点工作任务"] = Field.KeyTasks, ["资金支出计划"] = Field.SpendingPlan,
        ["项目基本情况"] = Field.Section, ["项目资金情况"] = Field.Section, ["绩效目标情况"] = Field.Section, ["部门基本情况"] = Field.Section,
        ["部门资金情况"] = Field.Section, ["基本信息"] = Field.Section, ["预算整体情况"] = Field.Section, ["预算规模及资金用途"] = Field.Section,
        ["单位预算支出"] = Field.Section, ["收入来源"] = Field.Section, ["预算金额"] = Field.Section, ["名称"] = Field.Section,
        ["事业发展性支出"] = Field.Section, ["按预算级次划分"] = Field.Section, ["其他需完成的任务"] = Field.Section, ["主要实施内容"] = Field.Section,
        ["拟投入的资金"] = Field.Section, ["期望达到的目标"] = Field.Section, ["支出预算"] = Field.Section, ["保障绩效目标实现的措施"] = Field.Section,
        ["编制"] = Field.Section, ["单位"] = Field.MoneyUnitLine,

        // Labels of other provinces' templates (corpus): 申报表 of 安徽/宁夏/新疆, 中央预算内投资计划, 一般性项目, 批复表 of 广东.
        ["单位信息"] = Field.Unit, ["预算部门"] = Field.Department, ["业务主管部门"] = Field.Supervising, ["主管部门单位名称"] = Field.Supervising,
        ["主管部门单位"] = Field.Supervising, ["下达地方或单位"] = Field.Unit, ["项目单位"] = Field.Unit, ["项目实施单位"] = Field.Unit,
        ["专项名称"] = Field.ProjectName, ["专项资金名称"] = Field.ProjectName, ["二级项目名称"] = Field.SubProject,
        ["项目经办人"] = Field.Leader, ["项目责任人"] = Field.Leader, ["项目责任人签字"] = Field.Leader, ["项目经办人电话"] = Field.Phone,
        ["项目期"] = Field.Period, ["项目来源"] = Field.ProjectType, ["项目分类"] = Field.ProjectType,
        ["年度资金申请总额"] = Field.Total, ["下达中央预算内投资"] = Field.Total, ["本次下达中央预算内投资"] = Field.Total,
        ["项目总投资"] = Field.Total, ["预算申报数"] = Field.Total, ["年度预算安排"] = Field.Total, ["年度预算"] = Field.Total,
        ["本年度申请市财政预算资金"] = Field.CurrentYear, ["本年度申请财政预算资金"] = Field.CurrentYear, ["当年财政拨款"] = Field.Fiscal,
        ["中期资金总额"] = Field.PeriodTotal, ["实施期资金总额"] = Field.PeriodTotal, ["中期市财政预算"] = Field.PeriodTotal, ["项目资金总额"] = Field.PeriodTotal,
        ["中期财政预算"] = Field.PeriodTotal,
        ["项目概况"] = Field.Purpose, ["基本情况"] = Field.Purpose, ["立项依据"] = Field.LegalBasis, ["政策依据"] = Field.LegalBasis,
        ["总体目标"] = Field.OverallGoal, ["整体目标"] = Field.OverallGoal, ["年度总体目标"] = Field.AnnualGoal, ["当年绩效目标"] = Field.AnnualGoal,
        ["项目总目标"] = Field.PeriodGoal, ["中期目标"] = Field.PeriodGoal, ["中期滚动目标"] = Field.PeriodGoal, ["实施期目标"] = Field.PeriodGoal,
        ["部门单位职责"] = Field.Functions, ["部门职责"] = Field.Functions, ["年度总体绩效目标"] = Field.AnnualGoal,
        ["项目资金"] = Field.Section, ["资金情况"] = Field.Section, ["项目绩效目标"] = Field.Section, ["单位盖章"] = Field.Section,
        ["预算执行率权重"] = Field.Section, ["项目资金情况说明"] = Field.Section,
        ["项目开始日期"] = Field.PeriodStart, ["项目完成日期"] = Field.PeriodEnd, ["项目结束日期"] = Field.PeriodEnd, ["中央补助安排"] = Field.Section,
        ["省级财政安排"] = Field.Section, ["项目立项必要性"] = Field.Section, ["保证项目实施的制度措施"] = Field.Section, ["项目实施计划"] = Field.Plan,
        ["组织实施单位"] = Field.Section, ["监督管理单位"] = Field.Section, ["其他依据"] = Field.Section, ["需要说明的其他问题"] = Field.Section,
        ["一级项目名称"] = Field.Section,
    };

    /// <summary>Every label as forms write it (normalised), for splitting text whose cells ran together.</summary>
    public static IEnumerable<string> Labels => Map.Keys;

    public static Field? Of(string text)
    {
        if (text.Length > 60)
        {
            return null;
        }

        var key = Label.Normalise(text).Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
        if (Map.TryGetValue(key, out var field))
        {
            return field;
        }

        // 主管部门(单位)名称: a label whose bracketed words are part of it, not a note.
        if (text.AsSpan().IndexOfAny("(（") >= 0
            && Map.TryGetValue(Label.Normalise(text.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)
                .Replace("（", "", StringComparison.Ordinal).Replace("）", "", StringComparison.Ordinal)), out field))
        {
            return field;
        }

        // 2023年度预算金额(万元): a column label of the budget table.
        return key.EndsWith("预算金额", StringComparison.Ordinal) && key.Length <= 12 ? Field.Section : null;
    }

    public static bool IsLabel(string text) => text.Length <= 30 && Of(text) is not null;
}
