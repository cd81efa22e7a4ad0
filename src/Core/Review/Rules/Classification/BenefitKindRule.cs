using Jixiao.Core.Framework;
using Jixiao.Core.Review.Classification;

namespace Jixiao.Core.Review.Rules.Classification;

/// <summary>CLS-BENEFIT-KIND: a 效益 name of one kind under another kind of 效益 (就业率 under 经济效益指标).</summary>
public sealed class BenefitKindRule : IndicatorRule
{
    public override RowTraits Needs => RowTraits.NameStrong | RowTraits.NameBenefit | RowTraits.UnderBenefit;

    public override RuleInfo Info { get; } = new(
        "CLS-BENEFIT-KIND", "效益指标的二级分类与名称不符", Severity.Info, RuleFamily.Classification,
        "经济、社会、生态效益分别考核；就业率放在经济效益下、增收放在社会效益下，会让自评时的效益分类失真。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var name = indicator.Name;
        if (name.Confidence != Confidence.Strong
            || name.Class is not (NameClass.Economic or NameClass.Social or NameClass.Ecological)
            || indicator.Level2 is not { Level: CategoryLevel.Level2, Parent: IndicatorFramework.Benefit } level2
            || level2.Name == name.Level2(sheet.Framework))
        {
            return;
        }

        Placement.Report(indicator, sheet, findings, Words);
    }

    private static readonly Wording<Placed> Words = Placement.Words(
        static (f, p) => $"将“{f.Indicator!.Name}”移到{Placement.Belongs(p.Name, p.Framework)}下");
}
