using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Document;

/// <summary>
/// DOC-YEAR-MIXED: one document whose sheets are for different fiscal years; the sheets whose year
/// differs from most of the others are reported (a table left over from last year's file).
/// </summary>
public sealed class MixedFiscalYearRule : DocumentRule
{
    public override RuleInfo Info { get; } = new(
        "DOC-YEAR-MIXED", "同一文件中预算年度不一致", Severity.Warning, RuleFamily.Document,
        "同一批报送的绩效目标应属于同一预算年度；个别表的年度不同，多是沿用了以前年度的表格，其目标和金额未按本年度重新编制。");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        if (!TwoYears(document.Sheets))
        {
            return; // one year or none: the usual document, told without grouping
        }

        // The few years with how many sheets each has, most sheets first (the later year on a tie).
        var sheets = document.Sheets;
        Span<(int Year, int Count)> years = sheets.Count <= 64 ? stackalloc (int, int)[sheets.Count] : new (int, int)[sheets.Count];
        var distinct = 0;
        for (var i = 0; i < sheets.Count; i++)
        {
            if (sheets[i].Sheet.FiscalYear is not { } year)
            {
                continue;
            }

            var at = 0;
            while (at < distinct && years[at].Year != year)
            {
                at++;
            }

            if (at == distinct)
            {
                years[distinct++] = (year, 0);
            }

            years[at].Count++;
        }

        years = years[..distinct];
        years.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : b.Year.CompareTo(a.Year));
        if (years.Length < 2 || years[0].Count == years[1].Count)
        {
            return; // no majority: which year is right cannot be told
        }

        var main = years[0].Year;
        var fix = $"核对本表年度，按{main}年度重新编制或移出本文件"; // the same for every sheet reported
        for (var y = 1; y < years.Length; y++)
        {
            var year = years[y].Year;
            var message = $"本表为{year}年度，而本文件其余{years[0].Count}张表为{main}年度"; // the same for every sheet of the year
            for (var i = 0; i < sheets.Count; i++)
            {
                var context = sheets[i];
                var sheet = context.Sheet;
                if (sheet.FiscalYear != year)
                {
                    continue;
                }

                findings.Report(context, sheet.Sources.TryGetValue(nameof(TargetSheet.FiscalYear), out var at) ? at : sheet.Position,
                    message,
                    fix);
            }
        }
    }

    private static bool TwoYears(IReadOnlyList<SheetContext> sheets)
    {
        int? first = null;
        foreach (var context in sheets)
        {
            if (context.Sheet.FiscalYear is { } year)
            {
                if (first is { } y && y != year)
                {
                    return true;
                }

                first = year;
            }
        }

        return false;
    }
}
