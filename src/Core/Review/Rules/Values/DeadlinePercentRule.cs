using Jixiao.Core.Review.Classification;
using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>VAL-DEADLINE-PERCENT: a deadline written as a percentage (完成时限 ≥90%): a time is a date, not a share.</summary>
public sealed class DeadlinePercentRule : IndicatorRule
{
    private static readonly string[] DeadlineWords = ["时限", "时间", "期限", "日期", "时间节点", "截止", "完成时点"];

    private static readonly string[] ShareWords = ["率", "比例", "占比", "比重", "百分比"];

    public override RowTraits Needs => RowTraits.Percent;

    public override RuleInfo Info { get; } = new(
        "VAL-DEADLINE-PERCENT", "时限写成了百分比", Severity.Warning, RuleFamily.Values,
        "时限类指标考核在什么时间完成；写成“≥90%”，年底无法判断是否按时完成。时限应写明时点（如12月底前），按时完成的比例应命名为“…及时率”。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var row = indicator.Indicator;
        if (row.Value.Unit != "%" || !indicator.NameHas(DeadlineWordsInName) || indicator.NameHas(ShareWordsInName))
        {
            return;
        }

        var deadline = sheet.Sheet.FiscalYear is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"{year}年12月底前")
            : "12月底前";
        findings.Report(sheet, row, Words.With(deadline), newValue: deadline);
    }

    private static readonly Wording<string> Words = new(
        static (f, _) => $"时限指标“{f.Indicator!.Name}”的指标值是百分比“{f.Indicator.Value.Raw}”，不是时间",
        static (_, deadline) => $"写明完成时点，如 {deadline}；若要考核按时完成的比例，将指标名改为“…及时率”");

    private static readonly NameWords DeadlineWordsInName = new(DeadlineWords);

    private static readonly NameWords ShareWordsInName = new(ShareWords);
}
