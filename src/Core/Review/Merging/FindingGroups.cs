using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Merging;

/// <summary>
/// Repeated findings of one rule and one cause on one sheet are one defect of the table: they become
/// one finding that names every row (第3行“…”) with each row's own detail, at the first row.
/// </summary>
internal static class FindingGroups
{
    public static List<Finding> Group(List<Finding> findings, TargetSheet sheet)
    {
        if (!AnyRepeat(findings))
        {
            return findings;
        }

        var groups = findings
            .Where(f => f.Indicator is not null)
            .GroupBy(f => (f.RuleId, f.Cause))
            .Where(g => g.Count() > 1)
            .ToList();
        if (groups.Count == 0)
        {
            return findings;
        }

        var rowOf = RowNumbers.Of(sheet);
        var result = new List<Finding>(findings.Count);
        var replaced = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        var byFirst = new Dictionary<Finding, Finding>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups)
        {
            var members = group.ToList();
            byFirst[members[0]] = Combine(members, rowOf);
            replaced.UnionWith(members);
        }

        foreach (var finding in findings)
        {
            if (byFirst.TryGetValue(finding, out var combined))
            {
                result.Add(combined);
            }
            else if (!replaced.Contains(finding))
            {
                result.Add(finding);
            }
        }

        return result;
    }

    /// <summary>Whether two row findings share rule and cause: the common case, none, costs no allocation beyond a small set.</summary>
    private static bool AnyRepeat(List<Finding> findings)
    {
        HashSet<(string, string?)>? seen = null;
        foreach (var finding in findings)
        {
            if (finding.Indicator is not null && !(seen ??= []).Add((finding.RuleId, finding.Cause)))
            {
                return true;
            }
        }

        return false;
    }

    private static Finding Combine(List<Finding> members, IReadOnlyDictionary<Indicator, int> rowOf)
    {
        var first = members[0];
        var lines = members.Select(f => RowNumbers.Place(f.Indicator!, rowOf) + "：" + f.Message);
        var fixes = members.Where(f => f.Fix is { Length: > 0 }).Select(f => f.Fix!).Distinct(StringComparer.Ordinal).ToList();
        var fix = fixes.Count switch
        {
            0 => null,
            1 => fixes[0],
            _ => string.Join("；", members.Where(f => f.Fix is { Length: > 0 }).Select(f => "“" + f.Indicator!.Name + "”" + f.Fix)),
        };
        return first with
        {
            Severity = members.Max(f => f.Severity),
            Message = string.Create(CultureInfo.InvariantCulture, $"同一问题共 {members.Count} 项：") + string.Join("；", lines),
            Fix = fix,
            Rows = [.. members.Select(f => f.Indicator!)],
            ValueFixes = [.. members.SelectMany(f => f.ValueFixes)],
            Merged = [.. members.SelectMany(f => f.Merged).Distinct(StringComparer.Ordinal)],
            Doubt = members.All(f => f.Doubt is not null) ? first.Doubt : null,
        };
    }
}
