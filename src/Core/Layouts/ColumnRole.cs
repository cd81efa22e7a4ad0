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

internal static class ColumnRoles
{
    public static ColumnRole? Of(string header)
    {
        var h = Label.Normalise(header);
        return h switch
        {
            "一级指标" or "一级" => ColumnRole.Level1,
            "二级指标" or "二级" => ColumnRole.Level2,
            "三级指标" or "三级" or "指标名称" or "绩效指标名称" or "三级指标名称" => ColumnRole.Name,
            "计算符号" or "符号" or "指标性质" => ColumnRole.Sign,
            "实施周期指标值" or "中长期指标值" or "整体指标值" => ColumnRole.PeriodValue,
            "指标值" or "当年度指标值" or "年度指标值" or "本年度指标值" or "目标值" or "指标目标值" or "绩效指标值" => ColumnRole.Value,
            "绩效指标描述" or "指标解释" or "指标说明" or "指标解释及计算公式" or "指标内容" or "指标描述" => ColumnRole.Description,
            "计算公式" or "评分标准" => ColumnRole.Formula,
            "指标值确定依据" or "确定依据" or "指标值设定依据" or "依据" => ColumnRole.Basis,
            "上年度指标值或实际水平" or "上年度指标值" or "上年指标值" or "上年实际水平" or "上年度实际完成值" => ColumnRole.LastYear,
            "权重" or "分值" or "指标权重" => ColumnRole.Weight,
            "度量单位" or "计量单位" or "指标单位" or "单位" => ColumnRole.Unit,
            _ => null,
        };
    }
}
