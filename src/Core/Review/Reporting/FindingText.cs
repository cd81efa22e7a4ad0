using System.Globalization;
using Jixiao.Core.Review.Merging;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Reporting;

/// <summary>
/// A finding as a county clerk reads it: where it is in the form's own words (第3行“培训人数”, 绩效目标,
/// 基本信息), and the framework documents named in full the first time a list of findings cites them.
/// </summary>
public static class FindingText
{
    /// <summary>What “88号/101号指标体系” means, said once per list of findings.</summary>
    private static readonly (string Cited, string Explained)[] Documents =
    [
        ("88号指标体系", "88号指标体系（财政部《中央部门预算绩效目标管理办法》，财预〔2015〕88号，规定的产出、效益、满意度三类一级指标及其二级指标）"),
        ("101号指标体系", "101号指标体系（财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》，财预〔2021〕101号，规定的成本、产出、效益、满意度四类一级指标）"),
    ];

    /// <summary>The place of a finding: its rows (第3行“…”), else the part of the form it is about.</summary>
    public static string Place(Finding finding)
    {
        if (finding.Sheet is not { } sheet)
        {
            return "全文";
        }

        var rows = finding.AllRows.ToList();
        if (rows.Count == 0)
        {
            return Part(finding.RuleId);
        }

        var rowOf = RowNumbers.Of(sheet);
        if (rows.Count == 1)
        {
            return RowNumbers.Place(rows[0], rowOf);
        }

        var numbers = rows.Select(r => rowOf.TryGetValue(r, out var n) ? n : 0).Where(n => n > 0).Distinct().Order().ToList();
        var listed = string.Join("、", numbers.Take(5).Select(n => n.ToString(CultureInfo.InvariantCulture)));
        return numbers.Count > 5
            ? string.Create(CultureInfo.InvariantCulture, $"第{listed}行等 {numbers.Count} 行")
            : $"第{listed}行";
    }

    /// <summary>
    /// The messages of a list of findings in order, with the first mention of each framework document
    /// explained (later ones stay short).
    /// </summary>
    public static IReadOnlyList<string> Messages(IEnumerable<Finding> findings)
    {
        var explained = new bool[Documents.Length];
        var messages = new List<string>();
        foreach (var finding in findings)
        {
            var message = finding.Message;
            for (var d = 0; d < Documents.Length; d++)
            {
                var at = message.IndexOf(Documents[d].Cited, StringComparison.Ordinal);
                if (!explained[d] && at >= 0)
                {
                    message = string.Concat(message.AsSpan(0, at), Documents[d].Explained, message.AsSpan(at + Documents[d].Cited.Length));
                    explained[d] = true;
                }
            }

            messages.Add(message);
        }

        return messages;
    }

    private static string Part(string ruleId) => ruleId switch
    {
        _ when ruleId.StartsWith("GOAL-", StringComparison.Ordinal) => "绩效目标",
        _ when ruleId.StartsWith("STR-HEADER-", StringComparison.Ordinal) => "基本信息",
        "MNY-BUDGET-SPLIT" or "MNY-BUDGET-UNIT" or "MNY-SPENDING-PLAN" or "MNY-KEYTASK-FUNDS" => "预算资金",
        _ => "指标表",
    };
}
