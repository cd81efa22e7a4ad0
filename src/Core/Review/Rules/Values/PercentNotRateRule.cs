using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// VAL-PERCENT-NOT-RATE: a percentage target on a name that measures nothing as a share
/// (弘扬正气，鼓励先进 ≥96%, 维护社会稳定 ≥96%): what is 96% of? Reported per row; the review merges
/// the rows of a sheet into one finding.
/// </summary>
public sealed class PercentNotRateRule : IndicatorRule
{
    /// <summary>Words that make a name a share: …率, 比例, 满意度, 及时性, a completion (…完成, 完成情况), a (%) unit.</summary>
    private static readonly string[] RateWords =
    [
        "率", "比例", "占比", "比重", "百分比", "度", "及时性", "准确性", "规范性", "合规性", "完成", "情况", "覆盖", "满意", "%", "％",
    ];

    /// <summary>A value that says in words what the share is of (案件资料100%按规定归档): not a bare percentage.</summary>
    private static bool IsSentence(string? raw)
    {
        var words = 0;
        foreach (var c in raw ?? "")
        {
            if (c is >= '\u4e00' and <= '\u9fff' && ++words > 4)
            {
                return true;
            }
        }

        return false;
    }

    public override RowTraits Needs => RowTraits.Percent | RowTraits.Number | RowTraits.Quantitative;

    public override RuleInfo Info { get; } = new(
        "VAL-PERCENT-NOT-RATE", "百分比目标的指标名称不是比率", Severity.Warning, RuleFamily.Values,
        "以百分比为目标的指标，名称应说明是什么的比率（分子、分母）；“维护社会稳定 ≥96%”无法统计，年底无从评价。");

    public override void Check(IndicatorFacts facts, SheetContext sheet, FindingSink findings)
    {
        var indicator = facts.Indicator;
        var value = indicator.Value;
        if (!ValueText.IsPercent(value.Unit) || value.IsQualitative || value.Number is not { } number || number == 0m
            || facts.NameHas(RateWordsInName) || IsSentence(value.Raw))
        {
            return;
        }

        findings.Report(sheet, indicator, Words);
    }

    private static readonly Wording Words = Wording.Of(
        static f => string.Concat("“", f.Indicator!.Name, "”以百分比 ", f.Indicator.Value.Raw, " 为目标，但名称不是可统计的比率"),
        "把指标改写为可统计的比率并说明口径（分子、分母，如“××按期完成率 ≥96%”），或改用数量、定性指标");

    private static readonly NameWords RateWordsInName = new(RateWords);
}
