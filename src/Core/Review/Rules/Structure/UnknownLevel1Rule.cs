using Jixiao.Core.Framework;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-L1-UNKNOWN: a level-1 cell that is not a level-1 category of the sheet's framework (free text,
/// a level-2 name, 101号's names on an 88号 sheet). Reported once per distinct text, at its first row.
/// </summary>
public sealed class UnknownLevel1Rule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-L1-UNKNOWN", "一级指标不是指标体系中的分类", Severity.Error, RuleFamily.Structure,
        "一级指标只能是指标体系规定的分类（88号：产出、效益、满意度；101号另有成本）；自拟的一级指标无法汇总、比较和评分。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (sheet.Indicators.Count > 0 && CategoryText.FormHasNoCategories(sheet))
        {
            var first = sheet.Indicators[0].Indicator;
            findings.ReportDoubtful(sheet, first,
                $"本表的 {sheet.Indicators.Count} 项指标都没有一级、二级指标，看不出哪些是产出、哪些是效益和满意度",
                $"按{CategoryText.Level1Names(sheet.Framework)}为每项指标填写一级、二级指标",
                "表式本身没有一级、二级指标栏，可能是当地模板的设计");
            return;
        }

        HashSet<string>? seen = null; // only once something is reported
        for (var r = 0; r < sheet.Indicators.Count; r++)
        {
            var row = sheet.Indicators[r];
            if (row.OtherForm || row.Level1 is { Level: CategoryLevel.Level1 })
            {
                continue;
            }

            var text = row.Indicator.Level1.Trim();
            if (!(seen ??= new(StringComparer.Ordinal)).Add(text))
            {
                continue;
            }

            var message = text.Length == 0
                ? $"指标“{row.Indicator.Name}”没有一级指标"
                : CategoryText.Explain(text, CategoryLevel.Level1, sheet.Framework) + $"（指标“{row.Indicator.Name}”）";
            findings.Report(sheet, row.Indicator, message,
                $"一级指标应为{CategoryText.Level1Names(sheet.Framework)}之一");
        }
    }
}
