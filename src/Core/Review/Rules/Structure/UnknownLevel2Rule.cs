using Jixiao.Core.Framework;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-L2-UNKNOWN: a level-2 cell that is not a level-2 category of the sheet's framework (free text,
/// 101号's 经济成本指标 on an 88号 sheet, 成本指标 under 产出指标 on a 101号 sheet). Once per text.
/// </summary>
public sealed class UnknownLevel2Rule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-L2-UNKNOWN", "二级指标不是指标体系中的分类", Severity.Error, RuleFamily.Structure,
        "二级指标只能是指标体系规定的分类（数量、质量、时效、成本、经济效益、社会效益……）；自拟或混用其他版本的分类，指标就无法按类审核和评分。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        HashSet<string>? seen = null; // only once something is reported
        for (var r = 0; r < sheet.Indicators.Count; r++)
        {
            var row = sheet.Indicators[r];
            if (row.OtherForm || row.Indicator.Level2 is not { } written || string.IsNullOrWhiteSpace(written)
                || row.Level2 is { Level: CategoryLevel.Level2 } || RepeatsItsOnlyLevel1(row, sheet))
            {
                continue;
            }

            var text = written.Trim();
            if (!(seen ??= new(StringComparer.Ordinal)).Add(text))
            {
                continue;
            }

            var under = row.Level1 is { Level: CategoryLevel.Level1 } level1
                ? $"{level1.Name}下的二级指标应为{CategoryText.Level2Names(level1.Name, sheet.Framework)}之一"
                : "二级指标应为指标体系规定的分类";
            findings.Report(sheet, row.Indicator,
                CategoryText.Explain(text, CategoryLevel.Level2, sheet.Framework) + $"（指标“{row.Indicator.Name}”）",
                under);
        }
    }

    /// <summary>满意度指标 written again in the level-2 column: its only level 2 is meant.</summary>
    private static bool RepeatsItsOnlyLevel1(IndicatorFacts row, SheetContext sheet) =>
        row.Level2 is { Level: CategoryLevel.Level1 } level2
        && row.Level1 == level2
        && IndicatorFramework.Children(level2.Name, sheet.Framework).Count() == 1;
}
