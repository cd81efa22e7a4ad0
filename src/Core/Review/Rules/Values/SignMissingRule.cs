using System.Text;
using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// VAL-SIGN-MISSING: quantitative targets written without ≥, ≤ or = (结案率 96%, 享受医疗保险人数 139人).
/// One finding per sheet naming the rows: forms that omit the sign omit it everywhere.
/// </summary>
public sealed class SignMissingRule : SheetRule
{
    private const int Listed = 5;

    public override RuleInfo Info { get; } = new(
        "VAL-SIGN-MISSING", "定量指标未写计算符号", Severity.Info, RuleFamily.Values,
        "定量指标值应包含计算符号（≥、≤、=）；没有符号时，评价时无法判断目标是下限、上限还是确切值。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        StringBuilder? names = null;
        var count = 0;
        Indicator? first = null;
        foreach (var facts in sheet.Indicators)
        {
            if (!Unsigned(facts))
            {
                continue;
            }

            var indicator = facts.Indicator;
            first ??= indicator;
            count++;
            names ??= new StringBuilder();
            if (count <= Listed)
            {
                names.Append(count > 1 ? "、" : "").Append('“').Append(indicator.Name).Append("”（").Append(indicator.Value.Raw).Append('）');
            }
        }

        if (first is null)
        {
            return;
        }

        var more = count > Listed ? $"等 {count} 项" : $"共 {count} 项";
        findings.Report(sheet, first.ValuePosition ?? first.Position,
            $"定量指标未写计算符号：{names}{more}",
            "在指标值前写明计算符号：下限用 ≥，上限用 ≤，确切值用 =（如 ≥96%、=139人）");
    }

    /// <summary>
    /// A plain number with a unit and no sign. Not: 100% (nothing lies above it), 0 (= 0 is the only
    /// reading), money (MNY-COST-SIGN), a bare number (VAL-NO-UNIT, VAL-PROBABLY-RATIO) or values the
    /// parser flagged (deadlines, several quantities, unclear text).
    /// </summary>
    private static bool Unsigned(IndicatorFacts facts)
    {
        var value = facts.Indicator.Value;
        if (value.Sign != Sign.None || value.Number is not { } number || value.IsQualitative || value.Flags != ValueFlags.None)
        {
            return false;
        }

        if (number == 0m || value.Unit is not { Length: > 0 } unit || NameClassifier.IsMoney(value))
        {
            return false;
        }

        return !(ValueText.IsPercent(unit) && number == 100m);
    }
}
