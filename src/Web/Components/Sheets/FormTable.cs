using Jixiao.Core.Review;
using Jixiao.Core.Targets;

namespace Jixiao.Web.Components.Sheets;

/// <summary>
/// The indicator table laid out as the official form prints it: consecutive rows of one 一级指标
/// (and, inside it, one 二级指标) share a merged cell, so each row says how many rows its category
/// cells span (0 when a cell above covers it). Findings are attached to the rows they concern.
/// </summary>
public sealed class FormTable
{
    private FormTable(IReadOnlyList<FormRow> rows, bool hasPeriodValues, bool hasDescriptions)
    {
        Rows = rows;
        HasPeriodValues = hasPeriodValues;
        HasDescriptions = hasDescriptions;
    }

    public IReadOnlyList<FormRow> Rows { get; }

    /// <summary>Whether the form has a 实施周期指标值 column (004).</summary>
    public bool HasPeriodValues { get; }

    /// <summary>Whether the form has a 指标解释 column (002, 003).</summary>
    public bool HasDescriptions { get; }

    public static FormTable Build(IReadOnlyList<Indicator> indicators, IReadOnlyList<Finding> findings)
    {
        var byIndicator = new Dictionary<Indicator, List<Finding>>(ReferenceEqualityComparer.Instance);
        foreach (var finding in findings)
        {
            // A finding that lists several rows (one defect repeated) marks each of them.
            foreach (var indicator in finding.AllRows)
            {
                if (!byIndicator.TryGetValue(indicator, out var list))
                {
                    byIndicator[indicator] = list = [];
                }

                list.Add(finding);
            }
        }

        var rows = new FormRow[indicators.Count];
        for (var i = 0; i < indicators.Count; i++)
        {
            var level1Span = i > 0 && SameText(indicators[i - 1].Level1, indicators[i].Level1) ? 0 : Span(indicators, i, sameLevel2: false);
            var level2Span = i > 0 && SameText(indicators[i - 1].Level1, indicators[i].Level1) && SameText(indicators[i - 1].Level2, indicators[i].Level2)
                ? 0
                : Span(indicators, i, sameLevel2: true);
            rows[i] = new FormRow(i, indicators[i], level1Span, level2Span, (IReadOnlyList<Finding>?)byIndicator.GetValueOrDefault(indicators[i]) ?? []);
        }

        return new FormTable(rows, indicators.Any(i => i.PeriodValue is not null), indicators.Any(i => !string.IsNullOrWhiteSpace(i.Description)));
    }

    private static int Span(IReadOnlyList<Indicator> indicators, int start, bool sameLevel2)
    {
        var end = start + 1;
        while (end < indicators.Count
            && SameText(indicators[end].Level1, indicators[start].Level1)
            && (!sameLevel2 || SameText(indicators[end].Level2, indicators[start].Level2)))
        {
            end++;
        }

        return end - start;
    }

    private static bool SameText(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);
}

/// <summary>One row of the form: the indicator, its merged-cell spans and its findings.</summary>
public sealed record FormRow(int Index, Indicator Indicator, int Level1Span, int Level2Span, IReadOnlyList<Finding> Findings)
{
    /// <summary>The anchor the findings panel links to.</summary>
    public string Anchor => "row-" + (Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Severity? Worst => Findings.Count == 0 ? null : Findings.Max(f => f.Severity);
}
