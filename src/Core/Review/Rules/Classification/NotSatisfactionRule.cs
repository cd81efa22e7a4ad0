using Jixiao.Core.Framework;
using Jixiao.Core.Review.Classification;

namespace Jixiao.Core.Review.Rules.Classification;

/// <summary>CLS-NOT-SATISFACTION: a name that is clearly not a satisfaction measure under 满意度 (004: 有效投诉数量 小于2单).</summary>
public sealed class NotSatisfactionRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.NameStrong | RowTraits.UnderSatisfaction;

    public override RuleInfo Info { get; } = new(
        "CLS-NOT-SATISFACTION", "满意度指标下不是满意度", Severity.Warning, RuleFamily.Classification,
        "满意度指标应以调查得到的满意程度（如服务对象满意度≥90%）衡量；放入数量、时效或效益指标，满意度就没有真正被考核。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var name = indicator.Name;
        if (name.Confidence != Confidence.Strong
            || name.Class is NameClass.Satisfaction or NameClass.Unknown or NameClass.BudgetExecution
            || Placement.RowLevel1(indicator) != IndicatorFramework.Satisfaction)
        {
            return;
        }

        Placement.Report(indicator, sheet, findings, Words);
    }

    private static readonly Wording<Placed> Words = Placement.Words(
        static (f, p) => $"将“{f.Indicator!.Name}”移到{Placement.Belongs(p.Name, p.Framework)}下，满意度指标改设“服务对象满意度 ≥90%”一类的指标");
}
