using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-TABLE-INCOMPLETE: the indicator table stops in the middle of a row (002 中央就业补助资金: the text
/// ends after the first indicator's name). Said once; the rules that judge what is absent
/// (STR-L1-MISSING, STR-OUTPUT-NO-QUANTITY) stay silent on such a sheet, since the rest may be there.
/// </summary>
public sealed class IncompleteTableRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-TABLE-INCOMPLETE", "指标表不完整", Severity.Error, RuleFamily.Structure,
        "指标表在一行中间中断，后面的指标是否存在无从得知；据此批复，等于批复一张没看全的表。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        if (!IsCut(sheet))
        {
            return;
        }

        var last = sheet.Indicators[^1].Indicator;
        findings.Report(sheet, last,
            $"指标表在“{last.Name}”处中断：该指标没有指标值，其后也没有其他指标（本表只读到 {sheet.Indicators.Count} 项）",
            "核对原表，补全被截断的指标及其指标值后重新报送");
    }

    /// <summary>Whether the table ends in a row whose value cell is missing (cut text).</summary>
    internal static bool IsCut(SheetContext sheet) =>
        sheet.Indicators.Count > 0 && sheet.Indicators[^1].Indicator.Value.Has(ValueFlags.Missing);
}
