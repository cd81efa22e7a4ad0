using System.Collections.Frozen;

namespace Jixiao.Core.Layouts;

/// <summary>What a column of an indicator table holds, from its header label.</summary>
internal enum ColumnRole
{
    Other,
    Level1,
    Level2,
    Name,
    Sign,
    Value,
    PeriodValue,
    Description,
    Formula,
    Basis,
    LastYear,
    Weight,
    Unit,
}

/// <summary>
/// The one vocabulary of indicator-table column names: every label forms are known to write, as
/// <see cref="Label.Normalise"/> reduces it (spaces, bracketed notes such as (%) or (或计划水平), a
/// leading * and traditional characters removed). A new county's template is one more line here.
/// </summary>
internal static class ColumnRoles
{
    private static readonly (ColumnRole Role, string[] Labels)[] Vocabulary =
    [
        (ColumnRole.Level1, ["一级指标", "一级", "一级指标名称"]),
        (ColumnRole.Level2, ["二级指标", "二级", "二级指标名称"]),
        (ColumnRole.Name, ["三级指标", "三级", "指标名称", "绩效指标名称", "三级指标名称", "三级指标内容"]),
        (ColumnRole.Sign, ["计算符号", "符号", "指标性质", "指标方向", "指标方向性", "指标值类型", "指标类型", "运算符号"]),
        (ColumnRole.PeriodValue, ["实施周期指标值", "中长期指标值", "整体指标值", "中期指标值", "实施期指标值"]),
        (ColumnRole.Value, ["指标值", "当年度指标值", "年度指标值", "本年度指标值", "目标值", "指标目标值", "绩效指标值", "计划指标值",
            "年度目标值", "指标值及单位", "年度指标值及单位", "预期指标值", "绩效目标值"]),
        (ColumnRole.Description, ["绩效指标描述", "指标解释", "指标说明", "指标解释及计算公式", "指标描述", "指标内容", "指标解释说明", "指标定义"]),
        (ColumnRole.Formula, ["计算公式", "评分标准", "评价标准", "绩效标准", "计分方法", "评分规则"]),
        (ColumnRole.Basis, ["指标值确定依据", "确定依据", "指标值设定依据", "依据", "指标值设定依据及数据来源", "数据来源"]),
        (ColumnRole.LastYear, ["上年度指标值或实际水平", "上年度指标值", "上年指标值", "上年实际水平", "上年度实际完成值", "上年度实际值", "历史值"]),
        (ColumnRole.Weight, ["权重", "分值", "指标权重", "权重分值", "指标分值"]),
        (ColumnRole.Unit, ["度量单位", "计量单位", "指标单位", "单位", "指标值单位"]),
        (ColumnRole.Other, ["备注"]),
    ];

    private static readonly FrozenDictionary<string, ColumnRole> Map = Vocabulary
        .SelectMany(v => v.Labels.Select(l => (Label: l, v.Role)))
        .ToFrozenDictionary(x => x.Label, x => x.Role, StringComparer.Ordinal);

    /// <summary>Every column label of the vocabulary.</summary>
    public static IEnumerable<string> Labels => Map.Keys;

    public static ColumnRole? Of(string header)
    {
        if (header.Length > 40)
        {
            return null; // a column label is short; never normalise a long text just to learn that
        }

        var h = Label.Normalise(header).TrimStart('*', '★');
        return h.Length is > 0 and <= 16 && Map.TryGetValue(h, out var role) ? role : null;
    }
}
