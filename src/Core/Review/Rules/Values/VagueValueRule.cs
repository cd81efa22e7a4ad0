using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// VAL-VAGUE: a qualitative target in words that cannot be checked (较明显提升, 有效推动, 较满意)
/// where a number is possible. Yes/no indicators (是否专款专用 是, 机制健全性 健全) are legitimate. The
/// phrases are data: <c>Review/vague-values.txt</c> (<see cref="VagueVocabulary"/>).
/// </summary>
public sealed class VagueValueRule : IndicatorRule
{
    /// <summary>Names of yes/no indicators, whose target is rightly a word (是, 健全, 合规).</summary>
    private static readonly string[] YesNoNames = ["是否", "健全", "合规", "机制", "制度", "规范性"];

    public override RowTraits Needs => RowTraits.Qualitative;

    public override RuleInfo Info { get; } = new(
        "VAL-VAGUE", "指标值表述模糊", Severity.Warning, RuleFamily.Values,
        "“明显提升”“有效推动”“较满意”之类的表述无法在年底判断是否达成；能量化的指标应写出可衡量的数值。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var value = indicator.Indicator.Value;
        if (!value.IsQualitative || value.Raw is not { Length: > 0 } raw || value.Has(ValueFlags.TimeTarget))
        {
            return;
        }

        if (indicator.Name.Class == NameClass.Satisfaction)
        {
            findings.Report(sheet, indicator.Indicator, SatisfactionWords);
            return;
        }

        // Most values hold no vague word: one search before the name is asked whether it is a yes/no indicator.
        var vocabulary = VagueVocabulary.Default;
        if (!vocabulary.MayMatch(raw) || vocabulary.MatchCandidate(raw, indicator.NameHas(YesNoNamesInName)) is not { } vague)
        {
            return;
        }

        findings.Report(sheet, indicator.Indicator, VagueWords.With(vague));
    }

    private static readonly Wording SatisfactionWords = Wording.Of(
        static f => string.Concat("满意度指标“", f.Indicator!.Name, "”的指标值为“", f.Indicator.Value.Raw, "”，没有可衡量的比例"),
        "满意度按调查结果的百分比设定，如 ≥90%");

    private static readonly Wording<string> VagueWords = new(
        static (f, vague) => string.Concat("“", f.Indicator!.Name, "”的指标值“", f.Indicator.Value.Raw, "”表述模糊（“", vague, "”），年底无法判断是否达成"),
        "改为可衡量的数值（如 提升率 ≥10%、覆盖人数 ≥500人），确实无法量化的，写明可核验的达成标准");

    private static readonly NameWords YesNoNamesInName = new(YesNoNames);
}
