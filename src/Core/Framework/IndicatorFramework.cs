using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Framework;

/// <summary>
/// 指标体系: the category trees of 财预〔2015〕88号 and 财预〔2021〕101号 with the names forms
/// really write (项目完成指标, 环境效益, 社会公众或服务对象满意度…). Recognition is by meaning,
/// so a category cell is found wherever extraction moved it.
/// </summary>
public static partial class IndicatorFramework
{
    public const string Output = "产出指标";
    public const string Benefit = "效益指标";
    public const string Satisfaction = "满意度指标";
    public const string Cost = "成本指标";

    public static readonly IReadOnlyList<Category> V88 =
    [
        new(CategoryLevel.Level1, Output, null, ["产出指标", "产出", "项目完成指标", "完成指标", "预期产出指标", "项目产出指标"]),
        new(CategoryLevel.Level1, Benefit, null, ["效益指标", "效益", "项目效益指标", "效果指标", "预期效果指标", "项目效果指标"]),
        new(CategoryLevel.Level1, Satisfaction, null, ["满意度指标", "满意度"]),
        new(CategoryLevel.Level2, "数量指标", Output, ["数量指标", "数量"]),
        new(CategoryLevel.Level2, "质量指标", Output, ["质量指标", "质量"]),
        new(CategoryLevel.Level2, "时效指标", Output, ["时效指标", "时效"]),
        new(CategoryLevel.Level2, Cost, Output, ["成本指标", "成本", "预算控制指标", "投资规模控制指标"]),
        new(CategoryLevel.Level2, "经济效益指标", Benefit, ["经济效益指标", "经济效益", "经济效益目标"]),
        new(CategoryLevel.Level2, "社会效益指标", Benefit, ["社会效益指标", "社会效益", "社会效益目标", "社会、经济、生态效益指标", "社会经济生态效益指标"]),
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

    /// <summary>
    /// The 中央预算内投资计划绩效目标表 of 发展改革 departments: 实施效果指标 over 产出/效益/满意度 and
    /// 过程管理指标 over 计划/资金/项目管理 and 监督检查. Recognised when reading, kept as written; review
    /// judges sheets against 88号 or 101号, reading an 实施效果 row's level 2 as its level-1 category and leaving
    /// the 过程管理 groups unjudged (IndicatorFacts.OtherForm).
    /// </summary>
    public static readonly IReadOnlyList<Category> InvestmentPlan =
    [
        new(CategoryLevel.Level1, "实施效果指标", null, ["实施效果指标", "实施效果"]),
        new(CategoryLevel.Level1, "过程管理指标", null, ["过程管理指标", "过程管理"]),
        new(CategoryLevel.Level2, "计划管理指标", "过程管理指标", ["计划管理指标", "计划管理"]),
        new(CategoryLevel.Level2, "资金管理指标", "过程管理指标", ["资金管理指标", "资金管理"]),
        new(CategoryLevel.Level2, "项目管理指标", "过程管理指标", ["项目管理指标", "项目管理"]),
        new(CategoryLevel.Level2, "监督检查指标", "过程管理指标", ["监督检查指标", "监督检查"]),
    ];

    /// <summary>Level-1 categories whose level 2 are themselves level-1 names elsewhere (实施效果指标 → 产出指标).</summary>
    public static bool HoldsLevel1Names(string? level1) => level1 is not null && Recognise(level1)?.Category.Name == "实施效果指标";

    /// <summary>Whether a level-1 cell is one of <see cref="InvestmentPlan"/>'s groups (实施效果指标, 过程管理指标).</summary>
    public static bool IsInvestmentPlanGroup(string? level1) =>
        level1 is not null && Recognise(level1)?.Category is { Level: CategoryLevel.Level1 } category && InvestmentPlan.Contains(category);

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
        Key(text) is { } key && (Keys88.GetValueOrDefault(key) ?? Keys101.GetValueOrDefault(key) ?? KeysInvestment.GetValueOrDefault(key)) is { } category
            ? new CategoryMatch(category, CleanWritten(text!))
            : null;

    public static CategoryMatch? Recognise(string? text, FrameworkVersion version) =>
        Key(text) is { } key && (version == FrameworkVersion.V101 ? Keys101 : Keys88).GetValueOrDefault(key) is { } category
            ? new CategoryMatch(category, CleanWritten(text!))
            : null;

    // Recognition keys (normalised synonyms) of each family; the first category naming a key wins, as written in the lists.
    private static readonly FrozenDictionary<string, Category> Keys88 = Exact(V88);
    private static readonly FrozenDictionary<string, Category> Keys101 = Exact(V101);
    private static readonly FrozenDictionary<string, Category> KeysInvestment = Exact(InvestmentPlan);

    /// <summary>The key a cell is looked up by, or null when it cannot be a category (blank, or too long).</summary>
    private static string? Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return null;
        }

        var key = Normalise(text);
        return key.Length is > 0 and <= 20 ? key : null;
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

    /// <summary>
    /// The key a cell is recognised by: folded (fullwidth, traditional characters), numbering and
    /// spaces removed, and annotations dropped — bracketed notes such as (必填硬性指标), (50分),
    /// (或建筑规模指标) or a mirror's pinyin, and the ★ or * marks of core indicators.
    /// </summary>
    private static readonly TextMemo<string> Normalised = new(Compute);

    private static string Normalise(string text) => Normalised.Get(text);

    private static string Compute(string text)
    {
        var s = CleanWritten(Traditional.ToSimplified(TextFold.Fold(text))).Replace("（", "(", StringComparison.Ordinal).Replace("）", ")", StringComparison.Ordinal);
        if (s.Contains('(', StringComparison.Ordinal))
        {
            s = Annotation().Replace(s, "");
        }

        return s.TrimStart('*', '★');
    }

    // Notes in words (two or more characters), a score (50分) or pinyin; never a unit such as (%) or (人).
    [System.Text.RegularExpressions.GeneratedRegex(@"\((?:[^()]*\p{IsCJKUnifiedIdeographs}{2}[^()]*|\d+(?:\.\d+)?分|[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)", RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex Annotation();
}
