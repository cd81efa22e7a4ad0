using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Merging;

/// <summary>
/// Places as a reader of the form says them: 第3行“培训人数” — the row's number in the sheet's
/// indicator table (from 1) and the indicator's name — not a coordinate of the extracted text.
/// </summary>
public static class RowNumbers
{
    /// <summary>Each indicator's row number in the table, from 1, by reference.</summary>
    public static IReadOnlyDictionary<Indicator, int> Of(TargetSheet sheet)
    {
        var rows = new Dictionary<Indicator, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < sheet.Indicators.Count; i++)
        {
            rows.TryAdd(sheet.Indicators[i], i + 1);
        }

        return rows;
    }

    /// <summary>第N行, or 另一处 when the row is not in the sheet.</summary>
    public static string Row(Indicator indicator, IReadOnlyDictionary<Indicator, int> rowOf) =>
        rowOf.TryGetValue(indicator, out var row) ? string.Create(CultureInfo.InvariantCulture, $"第{row}行") : "另一处";

    /// <summary>第N行“name”, or “name” alone when the row is not in the sheet.</summary>
    public static string Place(Indicator indicator, IReadOnlyDictionary<Indicator, int> rowOf) =>
        rowOf.TryGetValue(indicator, out var row)
            ? string.Create(CultureInfo.InvariantCulture, $"第{row}行“{indicator.Name}”")
            : "“" + indicator.Name + "”";
}
