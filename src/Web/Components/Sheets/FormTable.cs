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
    private FormTable(IReadOnlyList<FormRow> rows, IReadOnlyList<Indicator> indicators)
    {
        Rows = rows;
        HasPeriodValues = indicators.Any(i => i.PeriodValue is not null);
        HasDescriptions = indicators.Any(i => !string.IsNullOrWhiteSpace(i.Description));
        HasFormulas = indicators.Any(i => !string.IsNullOrWhiteSpace(i.Formula));
        HasBasis = indicators.Any(i => !string.IsNullOrWhiteSpace(i.Basis));
        HasLastYear = indicators.Any(i => !string.IsNullOrWhiteSpace(i.LastYearValue));
        HasWeights = indicators.Any(i => i.Weight is not null);
    }

    public IReadOnlyList<FormRow> Rows { get; }

    /// <summary>Whether the form has a 实施周期指标值 column (004).</summary>
    public bool HasPeriodValues { get; }

    /// <summary>Whether the form has a 指标解释 column (002, 003).</summary>
    public bool HasDescriptions { get; }

    /// <summary>计算公式 / 评分标准, where read.</summary>
    public bool HasFormulas { get; }

    /// <summary>指标值确定依据 (002).</summary>
    public bool HasBasis { get; }

    /// <summary>上年度指标值或实际水平 (003).</summary>
    public bool HasLastYear { get; }

    /// <summary>权重 / 分值.</summary>
    public bool HasWeights { get; }

    /// <summary>The columns after 三级指标 and the value's three: for a 职能 heading row to span the whole table.</summary>
    public int ColumnCount => 6 + (HasPeriodValues ? 1 : 0) + (HasDescriptions ? 1 : 0) + (HasFormulas ? 1 : 0) + (HasBasis ? 1 : 0) + (HasLastYear ? 1 : 0) + (HasWeights ? 1 : 0);

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
            // A 职能 group (000) starts afresh: its heading row, and category cells that never reach into the next group.
            var sameFunction = i > 0 && SameText(indicators[i - 1].Function, indicators[i].Function);
            var level1Span = sameFunction && SameText(indicators[i - 1].Level1, indicators[i].Level1) ? 0 : Span(indicators, i, sameLevel2: false);
            var level2Span = sameFunction && SameText(indicators[i - 1].Level1, indicators[i].Level1) && SameText(indicators[i - 1].Level2, indicators[i].Level2)
                ? 0
                : Span(indicators, i, sameLevel2: true);
            var heading = !sameFunction && indicators[i].Function is { } function ? function : null;
            rows[i] = new FormRow(i, indicators[i], level1Span, level2Span, (IReadOnlyList<Finding>?)byIndicator.GetValueOrDefault(indicators[i]) ?? []) { FunctionHeading = heading };
        }

        return new FormTable(rows, indicators);
    }

    private static int Span(IReadOnlyList<Indicator> indicators, int start, bool sameLevel2)
    {
        var end = start + 1;
        while (end < indicators.Count
            && SameText(indicators[end].Function, indicators[start].Function)
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
    /// <summary>The 职能 whose group this row opens (000: 职能3: 公益性岗位), shown as a heading row above it.</summary>
    public string? FunctionHeading { get; init; }

    /// <summary>The anchor the findings panel links to.</summary>
    public string Anchor => "row-" + (Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Severity? Worst => Findings.Count == 0 ? null : Findings.Max(f => f.Severity);
}
