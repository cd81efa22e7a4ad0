using System.Collections.Frozen;
using System.Text;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Framework;

/// <summary>
/// 指标体系: the category trees of 财预〔2015〕88号 and 财预〔2021〕101号 with the names forms
/// really write (项目完成指标, 环境效益, 社会公众或服务对象满意度…). Recognition is by meaning,
/// so a category cell is found wherever extraction moved it.
/// </summary>
public static class IndicatorFramework
{
    public const string Output = "产出指标";
    public const string Benefit = "效益指标";
    public const string Satisfaction = "满意度指标";
    public const string Cost = "成本指标";

    public static readonly IReadOnlyList<Category> V88 =
    [
        new(CategoryLevel.Level1, Output, null, ["产出指标", "产出", "项目完成指标", "完成指标"]),
        new(CategoryLevel.Level1, Benefit, null, ["效益指标", "效益", "项目效益指标"]),
        new(CategoryLevel.Level1, Satisfaction, null, ["满意度指标", "满意度"]),
        new(CategoryLevel.Level2, "数量指标", Output, ["数量指标", "数量"]),
        new(CategoryLevel.Level2, "质量指标", Output, ["质量指标", "质量"]),
        new(CategoryLevel.Level2, "时效指标", Output, ["时效指标", "时效"]),
        new(CategoryLevel.Level2, Cost, Output, ["成本指标", "成本"]),
        new(CategoryLevel.Level2, "经济效益指标", Benefit, ["经济效益指标", "经济效益"]),
        new(CategoryLevel.Level2, "社会效益指标", Benefit, ["社会效益指标", "社会效益"]),
        new(CategoryLevel.Level2, "生态效益指标", Benefit, ["生态效益指标", "生态效益", "环境效益指标", "环境效益"]),
        new(CategoryLevel.Level2, "可持续影响指标", Benefit, ["可持续影响指标", "可持续影响"]),
        new(CategoryLevel.Level2, "服务对象满意度指标", Satisfaction,
            ["服务对象满意度指标", "服务对象满意度", "社会公众或服务对象满意度指标", "社会公众或服务对象满意度", "社会公众满意度指标", "社会公众满意度", "社会公众"]),
    ];

    public static readonly IReadOnlyList<Category> V101 =
    [
        new(CategoryLevel.Level1, Cost, null, ["成本指标", "成本"]),
        new(CategoryLevel.Level1, Output, null, ["产出指标", "产出"]),
        new(CategoryLevel.Level1, Benefit, null, ["效益指标", "效益"]),
        new(CategoryLevel.Level1, Satisfaction, null, ["满意度指标", "满意度"]),
        new(CategoryLevel.Level2, "经济成本指标", Cost, ["经济成本指标", "经济成本"]),
        new(CategoryLevel.Level2, "社会成本指标", Cost, ["社会成本指标", "社会成本"]),
        new(CategoryLevel.Level2, "生态环境成本指标", Cost, ["生态环境成本指标", "生态环境成本", "环境成本指标"]),
        new(CategoryLevel.Level2, "数量指标", Output, ["数量指标", "数量"]),
        new(CategoryLevel.Level2, "质量指标", Output, ["质量指标", "质量"]),
        new(CategoryLevel.Level2, "时效指标", Output, ["时效指标", "时效"]),
        new(CategoryLevel.Level2, "经济效益指标", Benefit, ["经济效益指标", "经济效益"]),
        new(CategoryLevel.Level2, "社会效益指标", Benefit, ["社会效益指标", "社会效益"]),
        new(CategoryLevel.Level2, "生态效益指标", Benefit, ["生态效益指标", "生态效益", "环境效益指标", "环境效益"]),
        new(CategoryLevel.Level2, "可持续影响指标", Benefit, ["可持续影响指标", "可持续影响"]),
        new(CategoryLevel.Level2, "服务对象满意度指标", Satisfaction,
            ["服务对象满意度指标", "服务对象满意度", "社会公众或服务对象满意度指标", "社会公众或服务对象满意度", "社会公众满意度指标", "社会公众满意度", "社会公众"]),
    ];

    public static IReadOnlyList<Category> Categories(FrameworkVersion version) => version == FrameworkVersion.V101 ? V101 : V88;

    // Synonyms as written, for the common case of a cell that is exactly a category name.
    private static readonly FrozenDictionary<string, Category> ExactV88 = Exact(V88);
    private static readonly FrozenDictionary<string, Category> ExactV101 = Exact(V101);

    /// <summary>
    /// The category a cell names, as <see cref="Recognise(string?, FrameworkVersion)"/> finds it, without
    /// allocating when the cell is written exactly as a category name (most cells): review calls this
    /// for every row.
    /// </summary>
    public static Category? Find(string? text, FrameworkVersion version)
    {
        if (text is null)
        {
            return null;
        }

        return (version == FrameworkVersion.V101 ? ExactV101 : ExactV88).TryGetValue(text, out var exact)
            ? exact
            : Recognise(text, version)?.Category;
    }

    private static FrozenDictionary<string, Category> Exact(IReadOnlyList<Category> categories)
    {
        var map = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            foreach (var synonym in category.Synonyms)
            {
                map.TryAdd(synonym, category);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Recognises a cell as a category of the framework. Numbering (一、, (一), 1.), spaces and
    /// trailing colons are ignored. Without a version, 88号 names are tried first (成本指标 is then
    /// the level-2 category under 产出指标), then the names only 101号 has (经济成本指标…).
    /// </summary>
    public static CategoryMatch? Recognise(string? text) =>
        Recognise(text, FrameworkVersion.V88) ?? Recognise(text, FrameworkVersion.V101);

    public static CategoryMatch? Recognise(string? text, FrameworkVersion version)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = Normalise(text);
        if (key.Length == 0 || key.Length > 20)
        {
            return null;
        }

        foreach (var category in Categories(version))
        {
            foreach (var synonym in category.Synonyms)
            {
                if (string.Equals(key, synonym, StringComparison.Ordinal))
                {
                    return new CategoryMatch(category, CleanWritten(text));
                }
            }
        }

        return null;
    }

    /// <summary>The level-2 categories of a level-1 category.</summary>
    public static IEnumerable<Category> Children(string level1, FrameworkVersion version = FrameworkVersion.V88) =>
        Categories(version).Where(c => c.Level == CategoryLevel.Level2 && string.Equals(c.Parent, level1, StringComparison.Ordinal));

    /// <summary>The category text as a reader writes it: numbering, spaces and trailing colons removed.</summary>
    public static string CleanWritten(string text)
    {
        var s = Outline.StripNumbering(text.Trim());
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (!char.IsWhiteSpace(ch))
            {
                sb.Append(ch);
            }
        }

        return sb.ToString().TrimEnd(':', '：', ';', '；', ',', '，', '。');
    }

    private static string Normalise(string text) =>
        CleanWritten(TextFold.Fold(text)).Replace("（", "(", StringComparison.Ordinal).Replace("）", ")", StringComparison.Ordinal);
}
