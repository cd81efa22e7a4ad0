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

        // Each row finding's group by (rule, cause), numbered in order of the group's first finding; a
        // finding's group is found by a scan of the groups' first findings (a sheet has a handful of them).
        var count = findings.Count;
        var groupOf = count <= 128 ? stackalloc int[count] : new int[count];
        var firsts = count <= 128 ? stackalloc int[count] : new int[count];
        var sizes = count <= 128 ? stackalloc int[count] : new int[count];
        var groups = 0;
        for (var i = 0; i < count; i++)
        {
            groupOf[i] = -1;
            if (findings[i].Indicator is null)
            {
                continue;
            }

            var g = 0;
            while (g < groups && !SameGroup(findings[firsts[g]], findings[i]))
            {
                g++;
            }

            if (g == groups)
            {
                firsts[groups++] = i;
            }

            groupOf[i] = g;
            sizes[g]++;
        }

        // A group of several stands at its first finding; the other members are folded into it. The list is
        // compacted in place: a finding's slot is written only after it has been read.
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var g = groupOf[i];
            if (g < 0 || sizes[g] == 1)
            {
                findings[kept++] = findings[i];
            }
            else if (firsts[g] == i)
            {
                var members = new Finding[sizes[g]];
                var m = 0;
                for (var j = i; j < count && m < members.Length; j++)
                {
                    if (groupOf[j] == g)
                    {
                        members[m++] = findings[j];
                    }
                }

                findings[kept++] = Combine(members, sheet);
            }
        }

        findings.RemoveRange(kept, count - kept);
        return findings;
    }

    private static bool SameGroup(Finding a, Finding b) =>
        string.Equals(a.RuleId, b.RuleId, StringComparison.Ordinal) && string.Equals(a.Cause, b.Cause, StringComparison.Ordinal);

    /// <summary>Whether two row findings share rule and cause: the common case, none, allocates nothing.</summary>
    private static bool AnyRepeat(List<Finding> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            if (findings[i].Indicator is null)
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (findings[j].Indicator is not null && SameGroup(findings[j], findings[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Finding Combine(Finding[] members, TargetSheet sheet)
    {
        var first = members[0];
        var severity = first.Severity;
        var valueFixes = 0;
        var merged = 0;
        var allDoubtful = true;
        foreach (var f in members)
        {
            severity = f.Severity > severity ? f.Severity : severity;
            valueFixes += f.ValueFixCount;
            merged += f.Merged.Count;
            allDoubtful &= f.Doubt is not null;
        }

        var rows = new Indicator[members.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = members[i].Indicator!;
        }

        return first with
        {
            Text = new GroupText(members, sheet),
            Severity = severity,
            Rows = rows,
            ValueFixes = valueFixes == 0 ? [] : AllValueFixes(members, valueFixes),
            Merged = merged == 0 ? [] : [.. members.SelectMany(f => f.Merged).Distinct(StringComparer.Ordinal)],
            Doubt = allDoubtful ? first.Doubt : null,
        };
    }

    /// <summary>
    /// A group's text, composed from its members' when first read: the rows with each one's message, and their
    /// fix when they agree, else each row's own.
    /// </summary>
    private sealed class GroupText(Finding[] members, TargetSheet sheet) : Wording
    {
        internal override string Message(Finding finding)
        {
            var rowOf = RowNumbers.Of(sheet);
            return string.Create(CultureInfo.InvariantCulture, $"同一问题共 {members.Length} 项：") + string.Join("；", members.Select(f => RowNumbers.Place(f.Indicator!, rowOf) + "：" + f.Message));
        }

        internal override string? Fix(Finding finding)
        {
            var withFix = 0;
            string? oneFix = null;
            var severalFixes = false;
            foreach (var f in members)
            {
                if (f.Fix is { Length: > 0 } fix)
                {
                    withFix++;
                    severalFixes |= oneFix is not null && !string.Equals(oneFix, fix, StringComparison.Ordinal);
                    oneFix ??= fix;
                }
            }

            return severalFixes ? SeveralFixes(members, withFix) : oneFix;
        }
    }

    private static ValueFix[] AllValueFixes(Finding[] members, int count)
    {
        var all = new ValueFix[count];
        var n = 0;
        foreach (var f in members)
        {
            // By index: a foreach over the list made an enumerator per member.
            for (var i = 0; i < f.ValueFixes.Count; i++)
            {
                all[n++] = f.ValueFixes[i];
            }
        }

        return all;
    }

    private static string SeveralFixes(Finding[] members, int withFix)
    {
        var parts = new string[withFix];
        var n = 0;
        foreach (var f in members)
        {
            if (f.Fix is { Length: > 0 } fix)
            {
                parts[n++] = "“" + f.Indicator!.Name + "”" + fix;
            }
        }

        return string.Join("；", parts);
    }
}
