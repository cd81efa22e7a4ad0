using Jixiao.Core.Targets;

namespace Jixiao.Core.Review;

/// <summary>
/// Cheap traits of one indicator row, read once per row into one word (<see cref="IndicatorFacts.Traits"/>): what the
/// indicator rules test first (is there a number, is the unit a percentage, is the name surely 满意度…). An
/// <see cref="IndicatorRule"/> declares those it cannot report without (<see cref="IndicatorRule.Needs"/>) and the
/// engine skips the rows that lack one, without calling the rule: most rules report on few rows, and their first
/// tests chase the row, its value and its unit for every row, which costs more than the call. A trait only ever
/// narrows the rows a rule sees to those it could report on; the rule keeps all its own tests.
/// </summary>
[Flags]
public enum RowTraits : ulong
{
    None = 0,

    // The value's flags, bit for bit (ValueFlags): read as one word, not flag by flag.

    /// <summary>The value has <see cref="ValueFlags.ProbablyRatio"/>.</summary>
    ProbablyRatio = (ulong)ValueFlags.ProbablyRatio,

    /// <summary>The value has <see cref="ValueFlags.TimeTarget"/>.</summary>
    TimeTarget = (ulong)ValueFlags.TimeTarget,

    /// <summary>The value has <see cref="ValueFlags.Unclear"/>.</summary>
    Unclear = (ulong)ValueFlags.Unclear,

    /// <summary>The value has <see cref="ValueFlags.Placeholder"/>.</summary>
    Placeholder = (ulong)ValueFlags.Placeholder,

    /// <summary>The value has <see cref="ValueFlags.SeveralQuantities"/>.</summary>
    SeveralQuantities = (ulong)ValueFlags.SeveralQuantities,

    /// <summary>The value has <see cref="ValueFlags.Missing"/>.</summary>
    Missing = (ulong)ValueFlags.Missing,

    /// <summary>The value has a number.</summary>
    Number = 1UL << 6,

    /// <summary>The value has a unit (any text).</summary>
    Unit = 1UL << 7,

    /// <summary>The value has no unit, or only a magnitude (万, 亿) that says nothing of what is counted.</summary>
    Unitless = 1UL << 8,

    /// <summary>The unit is %.</summary>
    Percent = 1UL << 9,

    /// <summary>The unit is money (元, 万元, 元/人…: <see cref="Classification.NameClassifier.IsMoney"/>).</summary>
    Money = 1UL << 10,

    /// <summary>The unit starts with a counted thing (人, 户, 次, 个, 家, 场, 名, 项, 件).</summary>
    CountUnit = 1UL << 11,

    /// <summary>The value has no sign.</summary>
    SignNone = 1UL << 12,

    /// <summary>The sign is a floor (≥, &gt;).</summary>
    SignFloor = 1UL << 13,

    /// <summary>The sign is ≈ (约, 左右).</summary>
    SignApproximate = 1UL << 14,

    /// <summary>The value is qualitative.</summary>
    Qualitative = 1UL << 15,

    /// <summary>The value is not qualitative.</summary>
    Quantitative = 1UL << 16,

    /// <summary>The value has no flag at all.</summary>
    Unflagged = 1UL << 17,

    /// <summary>The value is missing, or its text is blank.</summary>
    NoValue = 1UL << 18,

    /// <summary>A percentage of 100 or more.</summary>
    PercentFull = 1UL << 19,

    /// <summary>A percentage over 100.</summary>
    PercentOver100 = 1UL << 20,

    /// <summary>The 实施周期 value has a number.</summary>
    PeriodNumber = 1UL << 21,

    /// <summary>The 指标解释 has more than two characters.</summary>
    Described = 1UL << 22,

    /// <summary>The name's classification is sure (<see cref="Classification.Confidence.Strong"/>).</summary>
    NameStrong = 1UL << 23,

    /// <summary>The name says 满意度, however surely.</summary>
    NameSatisfaction = 1UL << 24,

    /// <summary>The name says some kind of 效益 (经济, 社会, 生态, 可持续, or unnamed).</summary>
    NameBenefit = 1UL << 25,

    /// <summary>The name says an output (数量, 质量, 时效, 成本).</summary>
    NameOutput = 1UL << 26,

    /// <summary>The name says 时效.</summary>
    NameTimeliness = 1UL << 27,

    /// <summary>The name says 成本.</summary>
    NameCost = 1UL << 28,

    /// <summary>The name says 预算执行.</summary>
    NameBudgetExecution = 1UL << 29,

    /// <summary>The row's category belongs under 产出指标 or 成本指标 (its level 2's parent, else its level 1).</summary>
    UnderOutput = 1UL << 30,

    /// <summary>The row's category belongs under 效益指标.</summary>
    UnderBenefit = 1UL << 31,

    /// <summary>The row's category belongs under 满意度指标.</summary>
    UnderSatisfaction = 1UL << 32,

    /// <summary>The level-2 category is 数量指标.</summary>
    QuantityLevel2 = 1UL << 33,

    /// <summary>The form places the row under a cost category (成本指标, 经济成本指标…).</summary>
    PlacedAsCost = 1UL << 34,

    /// <summary>Placed as a cost, or named as one surely: every row the money rules take for a cost has it.</summary>
    Cost = 1UL << 35,
}
