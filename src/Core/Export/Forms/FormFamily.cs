using Jixiao.Core.Targets;

namespace Jixiao.Core.Export.Forms;

/// <summary>The official layouts Jixiao writes: the seeds' form families and the 101号 templates.</summary>
public enum FormFamily
{
    /// <summary>项目支出 / 部门整体支出绩效目标表 of the 101号 templates (财预〔2021〕101号).</summary>
    Standard,

    /// <summary>部门整体支出绩效目标批复表 with 部门职能概述 and indicators grouped by 核心职能 (seed 000).</summary>
    Approval,

    /// <summary>部门预算项目支出绩效目标公开表: one row per project with its goals and indicators, and 合计 (seed 001).</summary>
    PublicList,

    /// <summary>项目绩效目标表 with 资金支出计划, 绩效指标描述 and 指标值确定依据 (seed 002).</summary>
    ProjectPlan,

    /// <summary>绩效目标申报表 with 项目负责人, 指标解释及计算公式 and 上年度指标值 (seed 003).</summary>
    Declaration,

    /// <summary>单位整体 + 项目支出绩效目标表 with 实施周期 and 当年度 targets side by side (seed 004).</summary>
    UnitAndProject,
}

public static partial class FormFamilies
{
    [System.Text.RegularExpressions.GeneratedRegex(@"表\s*(?:[（(][^()（）]{1,12}[)）]|\d{4}\s*年度?)?$")]
    private static partial System.Text.RegularExpressions.Regex TableTitle();

    /// <summary>The names the command line and the API take, with the family each means.</summary>
    public static readonly IReadOnlyDictionary<string, FormFamily> Names = new Dictionary<string, FormFamily>(StringComparer.OrdinalIgnoreCase)
    {
        ["standard"] = FormFamily.Standard, ["101"] = FormFamily.Standard,
        ["approval"] = FormFamily.Approval, ["000"] = FormFamily.Approval,
        ["public"] = FormFamily.PublicList, ["001"] = FormFamily.PublicList,
        ["plan"] = FormFamily.ProjectPlan, ["002"] = FormFamily.ProjectPlan,
        ["declaration"] = FormFamily.Declaration, ["003"] = FormFamily.Declaration,
        ["unit"] = FormFamily.UnitAndProject, ["004"] = FormFamily.UnitAndProject,
    };

    /// <summary>The family's English name in <see cref="Names"/> (standard, approval…), as stored and in the API.</summary>
    public static string Code(FormFamily family) =>
        Names.First(n => n.Value == family && char.IsAsciiLetter(n.Key[0])).Key;

    public static string Describe(FormFamily family) => family switch
    {
        FormFamily.Approval => "批复表（职能分组）",
        FormFamily.PublicList => "公开表（项目清单）",
        FormFamily.ProjectPlan => "项目绩效目标表（资金支出计划）",
        FormFamily.Declaration => "申报表（指标解释）",
        FormFamily.UnitAndProject => "单位整体及项目表（实施周期/当年度）",
        _ => "绩效目标表（101号模板）",
    };

    /// <summary>
    /// The layout a sheet was imported from, as far as its shape tells: its title's kind of table, then the
    /// parts only one family has (资金支出计划, 实施周期 values beside the year's, 负责人 and 上年度 values).
    /// </summary>
    public static FormFamily Infer(TargetSheet sheet)
    {
        var title = sheet.Title ?? "";
        return title.Contains("批复", StringComparison.Ordinal) ? FormFamily.Approval
            : title.Contains("公开", StringComparison.Ordinal) ? FormFamily.PublicList
            : sheet.SpendingPlan.Count > 0 ? FormFamily.ProjectPlan
            : sheet.Indicators.Any(i => i.PeriodValue is not null) || sheet.KeyTasks.Count > 0 || sheet.StaffCount is not null
                || sheet.Budget?.CurrentYear is not null ? FormFamily.UnitAndProject
            : title.Contains("申报", StringComparison.Ordinal) || sheet.Leader is not null || sheet.ProjectAttribute is not null
                || sheet.Indicators.Any(i => i.LastYearValue is not null) ? FormFamily.Declaration
            : sheet.Functions.Count > 0 ? FormFamily.Approval
            : FormFamily.Standard;
    }

    /// <summary>
    /// The title of the form: the sheet's own when it names a table (…表, …表（2024年度）), else the family's for
    /// its kind — a notice's heading such as 关于…的公示 is not a form's title.
    /// </summary>
    public static string Title(TargetSheet sheet, FormFamily family)
    {
        if (sheet.Title is { } own && TableTitle().IsMatch(own.Trim()))
        {
            return own.Trim();
        }

        var year = sheet.FiscalYear is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年" : "";
        var department = sheet.Kind == SheetKind.Department;
        return family switch
        {
            FormFamily.Approval => year + (department ? "部门整体支出绩效目标批复表" : "项目支出绩效目标批复表"),
            FormFamily.PublicList => year + "部门预算项目支出绩效目标公开表",
            FormFamily.Declaration => year + (department ? "部门整体支出绩效目标申报表" : "项目支出绩效目标申报表"),
            FormFamily.UnitAndProject => department ? "部门下属单位整体预算绩效目标表" : "项目支出绩效目标表",
            _ => year + (department ? "部门整体支出绩效目标表" : "项目支出绩效目标表"),
        };
    }
}
