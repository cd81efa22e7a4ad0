using System.Globalization;
using Jixiao.Core.Review.Rules.Money;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-COST-REQUIRED: from the year a region requires it (财政部 101号 templates, 2021; provinces
/// since), every sheet — project and department-wide — carries a 成本指标. The year is the rule
/// set's <c>fromYear</c>; under 101号 a missing 成本指标 is STR-L1-MISSING already.
/// </summary>
public sealed class CostRequiredRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-COST-REQUIRED", "缺少成本指标", Severity.Warning, RuleFamily.Structure,
        "按财政部2021年印发的项目支出绩效目标模板（财预〔2021〕101号）及各地的要求，绩效目标应设置成本指标，说明花多少钱、单位成本多少；没有成本指标，产出与资金无从对照。")
    {
        Parameters = [new RuleParameter("fromYear", 2025m, "自该预算年度起要求设置成本指标（地区规则集设定，如 2024）")],
    };

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (sheet.Sheet.FiscalYear is not { } year || sheet.Rows.Length == 0)
        {
            return;
        }

        var from = findings.Parameter("fromYear");
        if (year < from || IncompleteTableRule.IsCut(sheet))
        {
            return;
        }

        foreach (var row in sheet.Rows)
        {
            if (CostRows.IsCost(row))
            {
                return;
            }
        }

        findings.Report(sheet, sheet.Sheet.Position, Words.With((year, from, sheet.BudgetWan)), "成本指标");
    }

    // Worded when read: the message names only the two years, the fix the sheet's budget.
    private static readonly Wording<(int Year, decimal From, decimal? Budget)> Words = new(
        static (_, a) => string.Create(CultureInfo.InvariantCulture, $"{a.Year}年度的绩效目标应设置成本指标（本地区自{a.From:0}年度起要求），本表没有"),
        static (_, a) => a.Budget is { } b
            ? string.Create(CultureInfo.InvariantCulture, $"在产出指标下补充成本指标，如“…总成本 ≤{b:0.00}万元”或单位成本（元/人）")
            : "在产出指标下补充成本指标，写明总成本上限或单位成本（元/人）");
}
