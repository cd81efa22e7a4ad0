using Jixiao.Core.Framework;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>How the structure rules name the framework and its categories in messages.</summary>
internal static class CategoryText
{
    public static string Version(FrameworkVersion framework) => framework == FrameworkVersion.V101 ? "101号" : "88号";

    public static FrameworkVersion Other(FrameworkVersion framework) =>
        framework == FrameworkVersion.V101 ? FrameworkVersion.V88 : FrameworkVersion.V101;

    /// <summary>The level-1 categories of a framework: 产出指标、效益指标、满意度指标.</summary>
    public static string Level1Names(FrameworkVersion framework) =>
        string.Join("、", IndicatorFramework.Categories(framework).Where(c => c.Level == CategoryLevel.Level1).Select(c => c.Name));

    /// <summary>The level-2 categories under a level 1: 数量指标、质量指标、时效指标、成本指标.</summary>
    public static string Level2Names(string level1, FrameworkVersion framework) =>
        string.Join("、", IndicatorFramework.Children(level1, framework).Select(c => c.Name));

    /// <summary>How many level-2 categories a level 1 has (满意度指标: one), without allocating.</summary>
    public static int Level2Count(string level1, FrameworkVersion framework)
    {
        var categories = IndicatorFramework.Categories(framework);
        var count = 0;
        for (var i = 0; i < categories.Count; i++)
        {
            if (string.Equals(categories[i].Parent, level1, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Why a category text is not what its column needs, in the sheet's framework.</summary>
    public static string Explain(string text, CategoryLevel wanted, FrameworkVersion framework)
    {
        var version = Version(framework);
        if (IndicatorFramework.Recognise(text, framework)?.Category is { } found && found.Level != wanted)
        {
            return found.Level == CategoryLevel.Level1
                ? $"“{text}”在{version}指标体系中是一级指标，不能作为二级指标"
                : $"“{text}”在{version}指标体系中是二级指标（属于{found.Parent}），不能作为一级指标";
        }

        if (IndicatorFramework.Recognise(text, Other(framework)) is not null)
        {
            return $"“{text}”是{Version(Other(framework))}指标体系的分类，本表按{version}指标体系审核";
        }

        return $"“{text}”不是{version}指标体系的{(wanted == CategoryLevel.Level1 ? "一级" : "二级")}指标";
    }

    /// <summary>
    /// Whether the sheet's form has no category cells at all (重庆's 一般性项目 table: 指标 | 权重 | 计量单位 |
    /// 指标性质 | 指标值): every row's level-1 and level-2 cells are blank.
    /// </summary>
    public static bool FormHasNoCategories(SheetContext sheet)
    {
        for (var i = 0; i < sheet.Indicators.Count; i++)
        {
            var indicator = sheet.Indicators[i].Indicator;
            if (!string.IsNullOrWhiteSpace(indicator.Level1) || !string.IsNullOrWhiteSpace(indicator.Level2))
            {
                return false;
            }
        }

        return sheet.Indicators.Count > 0;
    }
}
