using Jixiao.Core.Framework;
using Jixiao.Core.Review.Classification;

namespace Jixiao.Core.Review.Rules.Classification;

/// <summary>CLS-TIMELINESS-MISPLACED: a 时效 name (发放及时率, 补贴是否及时发放) under 数量, 质量 or 成本.</summary>
public sealed class TimelinessMisplacedRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.NameStrong | RowTraits.NameTimeliness | RowTraits.UnderOutput;

    public override RuleInfo Info { get; } = new(
        "CLS-TIMELINESS-MISPLACED", "时效指标放在了其他产出指标下", Severity.Warning, RuleFamily.Classification,
        "及时率、完成时限衡量的是产出的时效；放在数量、质量或成本指标下，自评时会按错误的维度打分，也掩盖了本该有的数量或质量目标。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        if (!Placement.IsStrong(indicator, NameClass.Timeliness)
            || indicator.Level2 is not { Level: CategoryLevel.Level2 } level2
            || level2.Name == "时效指标"
            || level2.Parent is not (IndicatorFramework.Output or IndicatorFramework.Cost))
        {
            return;
        }

        Placement.Report(indicator, sheet, findings, Words, level2.Name);
    }

    private static readonly Wording<Placed> Words = Placement.Words(
        static (f, p) => string.Concat("将“", f.Indicator!.Name, "”移到产出指标/时效指标下；", p.Detail, "下应另设衡量", Measures(p.Detail!), "的指标"));

    private static string Measures(string level2) => level2 switch
    {
        "数量指标" => "产出数量（人数、次数、户数）",
        "质量指标" => "产出质量（合格率、准确率）",
        _ => "资金成本（≤金额）",
    };
}
