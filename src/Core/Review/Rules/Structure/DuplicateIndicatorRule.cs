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
        // Sheets hold a few dozen rows: comparing pairs allocates nothing. Each key is told by a mark of its length
        // and three of its characters, and the earlier rows' marks are searched for a row's in one vectorised
        // IndexOf: only keys alike in those are compared in full.
        var rows = sheet.Rows;
        var n = rows.Length;
        if (n < 2)
        {
            return;
        }

        Span<int> starts = n <= 128 ? stackalloc int[n] : new int[n];
        Span<int> lengths = n <= 128 ? stackalloc int[n] : new int[n];
        Span<long> marks = n <= 128 ? stackalloc long[n] : new long[n];
        for (var i = 0; i < n; i++)
        {
            var key = Key(rows[i].Indicator.Name, out starts[i]);
            lengths[i] = key.Length;

            // Equal keys have equal marks (a length past 16 bits only makes more marks alike, each compared in full).
            marks[i] = key.IsEmpty ? 0 : ((long)key.Length << 48) | ((long)key[0] << 32) | ((long)key[key.Length / 2] << 16) | key[^1];
        }

        for (var i = 1; i < n; i++)
        {
            var length = lengths[i];
            if (length == 0)
            {
                continue;
            }

            var mark = marks[i];
            for (var j = Next(marks, 0, i, mark); j >= 0; j = Next(marks, j + 1, i, mark))
            {
                var indicator = rows[i].Indicator;
                var earlier = rows[j].Indicator;
                if (lengths[j] == length && indicator.Name.AsSpan(starts[i], length).SequenceEqual(earlier.Name.AsSpan(starts[j], length))
                    && string.Equals(earlier.Function, indicator.Function, StringComparison.Ordinal))
                {
                    Report(sheet, findings, earlier, j, indicator);
                    break;
                }
            }
        }
    }

    /// <summary>The first row from <paramref name="from"/> before <paramref name="to"/> with the mark, or -1.</summary>
    private static int Next(ReadOnlySpan<long> marks, int from, int to, long mark)
    {
        var at = marks[from..to].IndexOf(mark);
        return at < 0 ? -1 : from + at;
    }

    /// <param name="row">The earlier row's place in the table: the first row of its key, so its first place.</param>
    private static void Report(SheetContext sheet, FindingSink findings, Indicator earlier, int row, Indicator indicator) =>
        findings.Report(sheet, indicator, Words.With((earlier, row)), indicator.Name);

    // One string per message, when read: the rows' descriptions (level 2, else level 1, and the value) written into it.
    private static readonly Wording<(Indicator Earlier, int Row)> Words = new(
        static (f, a) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"指标“{f.Indicator!.Name}”在本表中重复出现：{Category(a.Earlier)} {a.Earlier.Value.Raw ?? "（无指标值）"}（第{a.Row + 1}行）与{Category(f.Indicator)} {f.Indicator.Value.Raw ?? "（无指标值）"}{(SameValue(a.Earlier.Value, f.Indicator.Value) ? "，指标值也相同" : "，指标值不同")}"),
        static (f, a) => SameValue(a.Earlier.Value, f.Indicator!.Value) ? "删除重复的指标" : "合并为一个指标并确定唯一的指标值，或改写名称，说明两者衡量的不同内容");

    /// <summary>Written alike, or meaning the same (1 read as 100% beside 100%).</summary>
    private static bool SameValue(TargetValue a, TargetValue b) =>
        string.Equals(a.Raw?.Trim(), b.Raw?.Trim(), StringComparison.Ordinal)
        || (a.Number is { } x && b.Number is { } y && a.Sign == b.Sign
            && ((x == y && string.Equals(a.Unit, b.Unit, StringComparison.Ordinal)) || (Percent(a) is { } p && p == Percent(b))));

    private static decimal? Percent(TargetValue v) =>
        v.Unit is "%" ? v.Number : v.Has(ValueFlags.ProbablyRatio) ? v.Number * 100 : null;

    private static string Category(Indicator indicator) => string.IsNullOrWhiteSpace(indicator.Level2) ? indicator.Level1 : indicator.Level2;

    /// <summary>The name as a reader compares it: trimmed, without a trailing unit note (%) / （%）.</summary>
    /// <param name="start">Where the key starts in the name.</param>
    private static ReadOnlySpan<char> Key(string name, out int start)
    {
        // Every white space is at most U+3000: a name between two Chinese characters (the usual one) is its own key,
        // told without the Unicode lookups trimming costs for them.
        if (name.Length > 0 && name[0] > '\u3000' && name[^1] > '\u3000' && name[^1] != '）')
        {
            start = 0;
            return name;
        }

        var key = name.AsSpan().TrimStart();
        start = name.Length - key.Length;
        key = key.TrimEnd();
        if (key.IsEmpty || key[^1] is not (')' or '）'))
        {
            return key; // no note: the usual name
        }

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
