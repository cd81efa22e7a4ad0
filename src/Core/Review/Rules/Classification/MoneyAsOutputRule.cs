using Jixiao.Core.Framework;
using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Classification;

/// <summary>CLS-MONEY-AS-OUTPUT: a money amount named as 费用/成本/资金 (≤18万元) under 数量, 质量 or 时效.</summary>
public sealed class MoneyAsOutputRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.NameStrong | RowTraits.NameCost | RowTraits.UnderOutput;

    public override RuleInfo Info { get; } = new(
        "CLS-MONEY-AS-OUTPUT", "金额指标放在了数量、质量或时效指标下", Severity.Warning, RuleFamily.Classification,
        "花多少钱是成本，不是产出；把金额写成数量或质量指标，既没有说明资金换来了什么产出，成本约束也不会被当作成本审核。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        if (!Placement.IsStrong(indicator, NameClass.Cost)
            || indicator.Level2 is not { Level: CategoryLevel.Level2, Parent: IndicatorFramework.Output } level2
            || level2.Name == IndicatorFramework.Cost)
        {
            return;
        }

        Placement.Report(indicator, sheet, findings, Words, level2.Name);
    }

    private static readonly Wording<Placed> Words = Placement.Words(
        static (f, p) => $"将“{f.Indicator!.Name}”移到{(p.Framework == FrameworkVersion.V101 ? "成本指标/经济成本指标" : "产出指标/成本指标")}下（以 ≤ 金额表述）；{p.Detail}应写资金换来的产出");
}
