namespace Jixiao.Core.Review.Reporting;

/// <summary>The counts of a review: findings by severity and by rule, and what was reviewed.</summary>
public sealed class ReviewTally
{
    private ReviewTally(int documents, int sheets, int indicators, int[] bySeverity, SortedDictionary<string, int> byRule)
    {
        Documents = documents;
        Sheets = sheets;
        Indicators = indicators;
        Error = bySeverity[(int)Severity.Error];
        Warning = bySeverity[(int)Severity.Warning];
        Info = bySeverity[(int)Severity.Info];
        ByRule = byRule;
    }

    public int Documents { get; }

    public int Sheets { get; }

    public int Indicators { get; }

    public int Error { get; }

    public int Warning { get; }

    public int Info { get; }

    public int Total => Error + Warning + Info;

    /// <summary>Findings per rule id, in ordinal order of the id.</summary>
    public IReadOnlyDictionary<string, int> ByRule { get; }

    /// <summary>Counts the findings of the reviews (document-level and per sheet).</summary>
    public static ReviewTally Of(IEnumerable<DocumentReview> reviews)
    {
        var bySeverity = new int[3];
        var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int documents = 0, sheets = 0, indicators = 0;
        foreach (var review in reviews)
        {
            documents++;
            sheets += review.Sheets.Count;
            foreach (var sheet in review.Sheets)
            {
                indicators += sheet.Sheet.Indicators.Count;
            }

            foreach (var finding in review.AllFindings)
            {
                bySeverity[(int)finding.Severity]++;
                byRule[finding.RuleId] = byRule.GetValueOrDefault(finding.RuleId) + 1;
            }
        }

        return new ReviewTally(documents, sheets, indicators, bySeverity, byRule);
    }

    /// <summary>How many findings are at or above a severity (for --fail-on).</summary>
    public int AtOrAbove(Severity severity) => severity switch
    {
        Severity.Error => Error,
        Severity.Warning => Error + Warning,
        _ => Total,
    };
}
