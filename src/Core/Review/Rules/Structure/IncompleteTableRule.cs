using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-TABLE-INCOMPLETE: the indicator table stops in the middle of a row (002 中央就业补助资金: the text
/// ends after the first indicator's name), or the last of several sheets ends before its first indicator
/// (<see cref="SheetCut"/>). Said once; the rules that judge what is absent (STR-L1-MISSING,
/// STR-OUTPUT-NO-QUANTITY; on a sheet cut before its table also GOAL-MISSING, STR-HEADER-BUDGET,
/// STR-NO-INDICATORS) stay silent on such a sheet, since the rest may be there.
/// </summary>
public sealed class IncompleteTableRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-TABLE-INCOMPLETE", "指标表不完整", Severity.Error, RuleFamily.Structure,
        "指标表在一行中间中断，后面的指标是否存在无从得知；据此批复，等于批复一张没看全的表。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        var cut = SheetCut.Of(sheet);
        if (cut == CutKind.BeforeTable)
        {
            findings.Report(sheet, sheet.Sheet.Position,
                "本表是文档的最后一张表，没有读到任何绩效指标：原文在指标表之前或指标表开头处结束，其后的内容（绩效目标、预算、指标）可能被截断",
                "核对原表是否完整；补全绩效目标、预算金额和绩效指标后重新报送");
            return;
        }

        if (cut != CutKind.InTable)
        {
            return;
        }

        var last = sheet.Indicators[^1].Indicator;
        findings.Report(sheet, last,
            $"指标表在“{last.Name}”处中断：该指标没有指标值，其后也没有其他指标（本表只读到 {sheet.Indicators.Count} 项）",
            "核对原表，补全被截断的指标及其指标值后重新报送");
    }

    /// <summary>Whether the table ends in a row whose value cell is missing and no sheet follows (cut text).</summary>
    internal static bool IsCut(SheetContext sheet) => SheetCut.Of(sheet) == CutKind.InTable;
}
