using Jixiao.Core.Framework;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Classification;

/// <summary>What an indicator measures, as its name and unit say; framework-neutral.</summary>
public enum NameClass
{
    Unknown,

    /// <summary>数量: counts, areas, lengths (培训人数, 发放户数).</summary>
    Quantity,

    /// <summary>质量: 合格率, 准确率, 达标率.</summary>
    Quality,

    /// <summary>时效: 及时率, 完成时间, a deadline value.</summary>
    Timeliness,

    /// <summary>成本: a money amount named as cost, expense or standard.</summary>
    Cost,

    /// <summary>经济效益: 增收, 产值, 税收.</summary>
    Economic,

    /// <summary>社会效益: 就业率, 知晓率, 群众….</summary>
    Social,

    /// <summary>生态效益: 环境, 绿化, 排放.</summary>
    Ecological,

    /// <summary>可持续影响: 长效机制, 可持续.</summary>
    Sustainable,

    /// <summary>效益 of a kind the name does not say (增长率, 提升, 改善).</summary>
    Benefit,

    /// <summary>满意度.</summary>
    Satisfaction,

    /// <summary>预算执行率: not an output or benefit indicator at all.</summary>
    BudgetExecution,
}

/// <summary>How sure the classifier is: a specific word (及时率) or only a hint (a count unit).</summary>
public enum Confidence
{
    None,
    Weak,
    Strong,
}

/// <summary>The classifier's answer: the class, how sure, and the word that decided it.</summary>
public readonly record struct NameClassification(NameClass Class, Confidence Confidence, string? Keyword)
{
    public static readonly NameClassification Unknown = new(NameClass.Unknown, Confidence.None, null);

    public bool IsKnown => Class != NameClass.Unknown;

    /// <summary>The level-1 category the class belongs to in the given framework, or null.</summary>
    public string? Level1(FrameworkVersion framework) => Class switch
    {
        NameClass.Quantity or NameClass.Quality or NameClass.Timeliness => IndicatorFramework.Output,
        NameClass.Cost => framework == FrameworkVersion.V101 ? IndicatorFramework.Cost : IndicatorFramework.Output,
        NameClass.Economic or NameClass.Social or NameClass.Ecological or NameClass.Sustainable or NameClass.Benefit => IndicatorFramework.Benefit,
        NameClass.Satisfaction => IndicatorFramework.Satisfaction,
        _ => null,
    };

    /// <summary>The official level-2 category the class belongs to in the given framework, or null when it does not say.</summary>
    public string? Level2(FrameworkVersion framework) => Class switch
    {
        NameClass.Quantity => "数量指标",
        NameClass.Quality => "质量指标",
        NameClass.Timeliness => "时效指标",
        NameClass.Cost => framework == FrameworkVersion.V101 ? "经济成本指标" : IndicatorFramework.Cost,
        NameClass.Economic => "经济效益指标",
        NameClass.Social => "社会效益指标",
        NameClass.Ecological => "生态效益指标",
        NameClass.Sustainable => "可持续影响指标",
        NameClass.Satisfaction => "服务对象满意度指标",
        _ => null,
    };

    /// <summary>The Chinese name of the class for messages (时效, 成本…).</summary>
    public string Chinese => Class switch
    {
        NameClass.Quantity => "数量",
        NameClass.Quality => "质量",
        NameClass.Timeliness => "时效",
        NameClass.Cost => "成本",
        NameClass.Economic => "经济效益",
        NameClass.Social => "社会效益",
        NameClass.Ecological => "生态效益",
        NameClass.Sustainable => "可持续影响",
        NameClass.Benefit => "效益",
        NameClass.Satisfaction => "满意度",
        NameClass.BudgetExecution => "预算执行",
        _ => "未知",
    };
}
