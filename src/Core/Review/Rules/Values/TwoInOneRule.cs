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
            findings.Report(sheet, row,
                $"“{row.Name}”的指标值“{row.Value.Raw}”同时写了{string.Join("和", kinds)}，是两个指标",
                $"拆成{string.Join("、", kinds.Select(k => k + "指标"))}各一行，每行一个指标值");
            return;
        }

        if (row.Name.AsSpan().IndexOfAny("；;") < 0)
        {
            return;
        }

        var clauses = row.Name.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (clauses.Length > 1 && clauses.All(c => c.Length >= 4))
        {
            findings.Report(sheet, row,
                $"指标名称“{row.Name}”是 {clauses.Length} 句话（{string.Join("；", clauses.Select(c => "“" + c + "”"))}），是几个指标写在了一行",
                "拆成几行，每行一个指标名称和一个可核验的指标值");
        }
    }

    /// <summary>The kinds of the quantities in a value: 数量, 金额, 比率 (in the order written).</summary>
    internal static IReadOnlyList<string> Kinds(string? raw)
    {
        if (raw is null || raw.Length < 4 || raw.AsSpan().IndexOfAnyInRange('0', '9') < 0 || raw.AsSpan().IndexOfAny(Separators) < 0 || !TwoNumbers(raw))
        {
            return []; // one quantity is never two: no separator, no second number
        }

        List<string>? kinds = null;
        foreach (var m in Quantity().EnumerateMatches(raw))
        {
            var unit = Unit(raw.AsSpan(m.Index, m.Length));
            var kind = unit.StartsWith('%') ? "比率" : unit.Contains('元') ? "金额" : "数量";
            if (!(kinds ??= []).Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds ?? [];
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("，,；;、 及和");

    /// <summary>Whether the text has two runs of digits (\d, as <see cref="Quantity"/> reads them): each quantity starts one.</summary>
    private static bool TwoNumbers(string raw)
    {
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
