using Jixiao.Core.Framework;
using Jixiao.Core.Review.Classification;

namespace Jixiao.Core.Review.Rules.Classification;

/// <summary>CLS-SATISFACTION-MISPLACED: a 满意度 name under 效益 or 产出 (004: 人民群众满意度 under 社会效益指标).</summary>
public sealed class SatisfactionMisplacedRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.NameStrong | RowTraits.NameSatisfaction;

    public override RuleInfo Info { get; } = new(
        "CLS-SATISFACTION-MISPLACED", "满意度指标放在了效益或产出指标下", Severity.Warning, RuleFamily.Classification,
        "满意度是单独的一级指标；放在效益指标下，效益就只剩下主观评价，项目实际带来的经济、社会效益没有目标可考核。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        if (!Placement.IsStrong(indicator, NameClass.Satisfaction)
            || Placement.RowLevel1(indicator) is not { } level1
            || level1 == IndicatorFramework.Satisfaction)
        {
            return;
        }

        Placement.Report(indicator, sheet, findings, Words, level1);
    }

    private static readonly Wording<Placed> Words = Placement.Words(
        static (f, p) => $"将“{f.Indicator!.Name}”移到满意度指标/服务对象满意度指标下，并在{p.Detail}下设置衡量项目实际{(p.Detail == IndicatorFramework.Benefit ? "效益" : "产出")}的指标");
}
