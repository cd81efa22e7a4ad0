using Jixiao.Core.Framework;
using Jixiao.Core.Review.Classification;

namespace Jixiao.Core.Review.Rules.Classification;

/// <summary>CLS-BENEFIT-AS-OUTPUT: a 效益 name (就业率, 增长率, 知晓率) under 产出 (003: 劳动力稳定就业率 under 质量指标).</summary>
public sealed class BenefitAsOutputRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.NameStrong | RowTraits.NameBenefit | RowTraits.UnderOutput;

    public override RuleInfo Info { get; } = new(
        "CLS-BENEFIT-AS-OUTPUT", "效益指标放在了产出指标下", Severity.Warning, RuleFamily.Classification,
        "就业率、增长率、知晓率衡量的是产出带来的效果；放在产出指标下，产出与效益混为一谈，效益指标的考核也因此落空。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        if (indicator.Name.Confidence != Confidence.Strong
            || !Placement.IsBenefit(indicator.Name.Class)
            || Placement.RowLevel1(indicator) is not (IndicatorFramework.Output or IndicatorFramework.Cost))
        {
            return;
        }

        Placement.Report(indicator, sheet, findings, Words);
    }

    private static readonly Wording<Placed> Words = Placement.Words(
        static (f, _) => $"将“{f.Indicator!.Name}”移到效益指标下，并在原位置设置衡量直接产出的指标");
}
