using Jixiao.Core.Framework;
using Jixiao.Core.Review.Classification;

namespace Jixiao.Core.Review.Rules.Classification;

/// <summary>CLS-OUTPUT-AS-BENEFIT: an output name (及时, 人数, 合格率, 成本) under 效益 (004: 资金在规定时间内下达 under 经济效益指标).</summary>
public sealed class OutputAsBenefitRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.NameStrong | RowTraits.NameOutput | RowTraits.UnderBenefit;

    public override RuleInfo Info { get; } = new(
        "CLS-OUTPUT-AS-BENEFIT", "产出指标放在了效益指标下", Severity.Warning, RuleFamily.Classification,
        "效益指标应说明产出带来的经济、社会、生态效果或可持续影响；把时效、数量、质量或成本写在效益下，项目的效益就没有可考核的目标。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        if (indicator.Name.Confidence != Confidence.Strong
            || !Placement.IsOutput(indicator.Name.Class)
            || Placement.RowLevel1(indicator) != IndicatorFramework.Benefit)
        {
            return;
        }

        Placement.Report(indicator, sheet, findings, Words);
    }

    private static readonly Wording<Placed> Words = Placement.Words(
        static (f, p) => $"将“{f.Indicator!.Name}”移到{Placement.Belongs(p.Name, p.Framework)}下，并在效益指标下写明项目带来的效果（如就业率、知晓率）");
}
