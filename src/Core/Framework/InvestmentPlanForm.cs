namespace Jixiao.Core.Framework;

/// <summary>
/// The 中央预算内投资计划绩效目标表 (the national development and reform commission's form for central
/// budget investment, used by every 发改委 that passes such funds on): its level-1 column holds
/// 实施效果指标 and 过程管理指标; under 实施效果指标 the level-2 column holds the framework's own 产出指标,
/// 效益指标 and 满意度指标, under 过程管理指标 计划管理指标, 资金管理指标, 项目管理指标 and 监督检查指标.
/// The review reads an 实施效果 row's level 2 as its level-1 category and leaves the 过程管理 groups,
/// which the finance frameworks do not have, unjudged instead of calling them unknown categories.
/// </summary>
public static class InvestmentPlanForm
{
    private static readonly string[] ProcessGroups = ["计划管理指标", "资金管理指标", "项目管理指标", "监督检查指标"];

    /// <summary>Whether a level-1 cell is the form's 实施效果指标.</summary>
    public static bool IsEffectGroup(string? level1) => Folded(level1) is "实施效果指标" or "实施效果";

    /// <summary>Whether a level-1 cell is the form's 过程管理指标.</summary>
    public static bool IsProcessGroup(string? level1) => Folded(level1) is "过程管理指标" or "过程管理";

    /// <summary>Whether a level-2 cell is one of 过程管理指标's groups.</summary>
    public static bool IsProcessLevel2(string? level2) => Folded(level2) is { } t && Array.IndexOf(ProcessGroups, t) >= 0;

    private static string? Folded(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = Targets.TextFold.Fold(text);
        return t.Any(char.IsWhiteSpace) ? string.Concat(t.Where(c => !char.IsWhiteSpace(c))) : t;
    }
}
