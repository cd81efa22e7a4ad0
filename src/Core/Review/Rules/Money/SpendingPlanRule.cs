using System.Globalization;

namespace Jixiao.Core.Review.Rules.Money;

/// <summary>
/// MNY-SPENDING-PLAN: the 资金支出计划 is a cumulative share of the budget: it never falls, stays
/// within 0–100%, and reaches 100% by 12月底.
/// </summary>
public sealed class SpendingPlanRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "MNY-SPENDING-PLAN", "资金支出计划不合理", Severity.Error, RuleFamily.Money,
        "资金支出计划是按时间累计的支出进度，是运行监控“双监控”的依据；进度回落、超过100%或年底不到100%，监控就没有可比的基线。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        var plan = sheet.Sheet.SpendingPlan;
        if (plan.Count == 0)
        {
            return;
        }

        for (var i = 0; i < plan.Count; i++)
        {
            var point = plan[i];
            if (point.Percent < 0m || point.Percent > 100m)
            {
                findings.Report(sheet, point.Position,
                    $"资金支出计划 {point.Label} 为 {Percent(point.Percent)}，超出 0～100%",
                    "支出计划按累计占预算的百分比填写，介于 0 和 100% 之间");
                return;
            }

            if (i > 0 && point.Percent < plan[i - 1].Percent)
            {
                findings.Report(sheet, point.Position,
                    $"资金支出计划 {point.Label} 为 {Percent(point.Percent)}，低于 {plan[i - 1].Label} 的 {Percent(plan[i - 1].Percent)}：累计进度不应回落",
                    "按累计口径填写（如 3月底 25%、6月底 50%、10月底 75%、12月底 100%）");
                return;
            }
        }

        var last = plan[^1];
        if (IsYearEnd(last.Label) && last.Percent < 100m)
        {
            findings.Report(sheet, last.Position,
                $"资金支出计划 {last.Label} 为 {Percent(last.Percent)}，年底未达到100%",
                "年底累计支出计划应为100%；确需结转的，说明原因");
        }
    }

    private static bool IsYearEnd(string label) =>
        label.Contains("12月", StringComparison.Ordinal) || label.Contains("年底", StringComparison.Ordinal) || label.Contains("年末", StringComparison.Ordinal);

    private static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
