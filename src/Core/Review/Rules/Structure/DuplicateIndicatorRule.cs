using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-DUPLICATE: the same indicator name twice in one sheet (001: 村级就业联络员补助机制健全性 under
/// 社会效益指标 and under 可持续影响指标). Forms that group indicators by 职能 (000) may repeat a
/// name in another function; only repeats inside one group count. Reported at each repeat.
/// </summary>
public sealed class DuplicateIndicatorRule : SheetRule
{
    public override RuleInfo Info { get; } = new(
        "STR-DUPLICATE", "指标重复", Severity.Warning, RuleFamily.Structure,
        "同一指标出现两次，自评时会重复计分；两处指标值不同时，更无法判断哪一个才是目标。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        // Sheets hold a few dozen rows: comparing pairs (by length first) allocates nothing.
        var rows = sheet.Indicators;
        var n = rows.Count;
        Span<int> starts = n <= 128 ? stackalloc int[n] : new int[n];
        Span<int> lengths = n <= 128 ? stackalloc int[n] : new int[n];
        for (var i = 0; i < n; i++)
        {
            var name = rows[i].Indicator.Name;
            var key = Key(name);
            starts[i] = key.IsEmpty ? 0 : name.AsSpan().IndexOf(key, StringComparison.Ordinal);
            lengths[i] = key.Length;
        }

        for (var i = 1; i < n; i++)
        {
            if (lengths[i] == 0)
            {
                continue;
            }

            var indicator = rows[i].Indicator;
            var key = indicator.Name.AsSpan(starts[i], lengths[i]);
            for (var j = 0; j < i; j++)
            {
                var earlier = rows[j].Indicator;
                if (lengths[j] == lengths[i] && key.SequenceEqual(earlier.Name.AsSpan(starts[j], lengths[j]))
                    && string.Equals(earlier.Function, indicator.Function, StringComparison.Ordinal))
                {
                    Report(sheet, findings, earlier, indicator);
                    break;
                }
            }
        }
    }

    private static void Report(SheetContext sheet, FindingSink findings, Indicator earlier, Indicator indicator)
    {
        var sameValue = SameValue(earlier.Value, indicator.Value);
        findings.Report(sheet, indicator,
            $"指标“{indicator.Name}”在本表中重复出现：{Describe(earlier)}（{RowOf(sheet, earlier)}）与{Describe(indicator)}" +
            (sameValue ? "，指标值也相同" : "，指标值不同"),
            sameValue ? "删除重复的指标" : "合并为一个指标并确定唯一的指标值，或改写名称，说明两者衡量的不同内容",
            indicator.Name);
    }

    /// <summary>Written alike, or meaning the same (1 read as 100% beside 100%).</summary>
    /// <summary>第N行 of the row's first place in the table, as <see cref="Merging.RowNumbers.Row"/> says it, without a map of every row.</summary>
    private static string RowOf(SheetContext sheet, Indicator row)
    {
        var rows = sheet.Sheet.Indicators;
        for (var i = 0; i < rows.Count; i++)
        {
            if (ReferenceEquals(rows[i], row))
            {
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"第{i + 1}行");
            }
        }

        return "另一处";
    }

    private static bool SameValue(TargetValue a, TargetValue b) =>
        string.Equals(a.Raw?.Trim(), b.Raw?.Trim(), StringComparison.Ordinal)
        || (a.Number is { } x && b.Number is { } y && a.Sign == b.Sign
            && ((x == y && string.Equals(a.Unit, b.Unit, StringComparison.Ordinal)) || (Percent(a) is { } p && p == Percent(b))));

    private static decimal? Percent(TargetValue v) =>
        v.Unit is "%" ? v.Number : v.Has(ValueFlags.ProbablyRatio) ? v.Number * 100 : null;

    private static string Describe(Indicator indicator) =>
        (string.IsNullOrWhiteSpace(indicator.Level2) ? indicator.Level1 : indicator.Level2) + " " + (indicator.Value.Raw ?? "（无指标值）");

    /// <summary>The name as a reader compares it: trimmed, without a trailing unit note (%) / （%）.</summary>
    internal static ReadOnlySpan<char> Key(string name)
    {
        var key = name.AsSpan().Trim();
        foreach (var note in (ReadOnlySpan<string>)["(%)", "（%）", "(％)", "（％）"])
        {
            if (key.EndsWith(note, StringComparison.Ordinal))
            {
                return key[..^note.Length].TrimEnd();
            }
        }

        return key;
    }
}
