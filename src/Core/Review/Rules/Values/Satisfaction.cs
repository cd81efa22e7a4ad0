using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>What the two satisfaction rules share: a satisfaction rate stated as a percentage floor.</summary>
internal static class Satisfaction
{
    /// <summary>满意度 (not 不满意率) measured in %, as a floor or a plain value.</summary>
    public static bool IsRate(IndicatorFacts indicator, out decimal number)
    {
        number = 0m;
        var value = indicator.Indicator.Value;
        if (indicator.Name.Class != NameClass.Satisfaction || value.Number is not { } n || !ValueText.IsPercent(value.Unit)
            || ValueText.IsCeiling(value.Sign) || indicator.Indicator.Name.Contains("不满意", StringComparison.Ordinal))
        {
            return false;
        }

        number = n;
        return true;
    }
}
