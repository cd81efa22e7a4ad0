using System.Text.RegularExpressions;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// VAL-TWO-IN-ONE: two indicators written in one row — a value stating quantities of different kinds
/// (≅4250人，平均2000元/年/人: a count and a standard), or a name that is two clauses joined by ；.
/// </summary>
public sealed partial class TwoInOneRule : IndicatorRule
{
    public override RuleInfo Info { get; } = new(
        "VAL-TWO-IN-ONE", "一行写了两个指标", Severity.Warning, RuleFamily.Values,
        "一个指标只能有一个可核验的指标值；一行写两个目标，自评时无法分别打分，其中一个往往就无人考核。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        var row = indicator.Indicator;
        var kinds = Kinds(row.Value.Raw);
        if (kinds.Count > 1)
        {
            findings.Report(sheet, row, KindWords.With(kinds));
            return;
        }

        if (row.Name.AsSpan().IndexOfAny("；;") < 0)
        {
            return;
        }

        var clauses = row.Name.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (clauses.Length > 1 && clauses.All(c => c.Length >= 4))
        {
            findings.Report(sheet, row, ClauseWords.With(clauses));
        }
    }

    private static readonly Wording<KindList> KindWords = new(
        static (f, kinds) => string.Concat("“", f.Indicator!.Name, "”的指标值“", f.Indicator.Value.Raw, "”同时写了", kinds.Join("和", ""), "，是两个指标"),
        static (_, kinds) => string.Concat("拆成", kinds.Join("、", "指标"), "各一行，每行一个指标值"));

    private static readonly Wording<string[]> ClauseWords = new(
        static (f, clauses) => $"指标名称“{f.Indicator!.Name}”是 {clauses.Length} 句话（{string.Join("；", clauses.Select(c => "“" + c + "”"))}），是几个指标写在了一行",
        "拆成几行，每行一个指标名称和一个可核验的指标值");

    /// <summary>The kinds of the quantities in a value: 数量, 金额, 比率 (in the order written).</summary>
    internal static KindList Kinds(string? raw)
    {
        if (raw is null || raw.Length < 4 || !MayHoldTwo(raw))
        {
            return default; // one quantity is never two: no separator, no second number
        }

        var kinds = default(KindList);
        foreach (var m in Quantity().EnumerateMatches(raw))
        {
            var unit = Unit(raw.AsSpan(m.Index, m.Length));
            kinds.Add(unit.StartsWith('%') ? "比率" : unit.Contains('元') ? "金额" : "数量");
        }

        return kinds;
    }

    /// <summary>
    /// Up to the three kinds of quantity, each once, in the order written: a value rarely holds two, so they are
    /// kept in fields rather than a list allocated per row.
    /// </summary>
    internal struct KindList
    {
        private string? first;
        private string? second;
        private string? third;

        public readonly int Count => third is not null ? 3 : second is not null ? 2 : first is not null ? 1 : 0;

        public void Add(string kind)
        {
            if (ReferenceEquals(kind, first) || ReferenceEquals(kind, second) || ReferenceEquals(kind, third))
            {
                return; // the kinds are the three literals above
            }

            if (first is null)
            {
                first = kind;
            }
            else if (second is null)
            {
                second = kind;
            }
            else
            {
                third = kind;
            }
        }

        /// <summary>The kinds joined by <paramref name="separator"/>, each followed by <paramref name="suffix"/> (数量指标、金额指标).</summary>
        public readonly string Join(string separator, string suffix) => third is null
            ? string.Concat(first, suffix, separator, second, suffix)
            : string.Concat(first, suffix, separator, second, suffix, separator, third, suffix);
    }

    /// <summary>
    /// Whether the text may hold two quantities: an ASCII digit and a separator (two vectorised searches, which
    /// leave most values), then two runs of digits (\d, as <see cref="Quantity"/> reads them: each quantity starts one).
    /// </summary>
    private static bool MayHoldTwo(string raw)
    {
        if (raw.AsSpan().IndexOfAnyInRange('0', '9') < 0 || raw.AsSpan().IndexOfAny(Separators) < 0)
        {
            return false;
        }

        var runs = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (char.IsDigit(raw[i]) && (i == 0 || !char.IsDigit(raw[i - 1])) && ++runs == 2)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("，,；;、 及和");

    /// <summary>The unit group of a <see cref="Quantity"/> match: what follows its number (\d: any Unicode digit, as the pattern reads it) and spaces.</summary>
    private static ReadOnlySpan<char> Unit(ReadOnlySpan<char> match)
    {
        var i = 0;
        while (i < match.Length && char.IsDigit(match[i]))
        {
            i++;
        }

        if (i + 1 < match.Length && match[i] == '.' && char.IsDigit(match[i + 1]))
        {
            i++;
            while (i < match.Length && char.IsDigit(match[i]))
            {
                i++;
            }
        }

        while (i < match.Length && char.IsWhiteSpace(match[i]))
        {
            i++;
        }

        return match[i..];
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?<unit>%|万?元(?:/[^\d,，、;；\s]{1,3})*|[人户个次件家场期笔份项所名](?:次)?)")]
    private static partial Regex Quantity();
}
