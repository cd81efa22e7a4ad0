using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Merging;

/// <summary>
/// One defect, one finding: runs after the rules on one sheet's findings. First it folds a finding
/// into another that reports the same defect more specifically (<see cref="Supersession"/>), so no
/// cell gets two findings, nor two fixes that contradict; then it turns repeated findings of one
/// rule and one cause on the sheet into one finding that lists the rows (<see cref="FindingGroups"/>),
/// each row saying for itself when it rests on a guessed reading (<see cref="ReadingDoubt"/>: at most
/// a warning).
/// </summary>
public static class FindingMerger
{
    public static List<Finding> Merge(List<Finding> findings, TargetSheet sheet)
    {
        if (findings.Count == 0)
        {
            return findings;
        }

        var merged = findings.Count > 1 ? Supersede(findings) : findings;
        merged = ReadingDoubt.Apply(merged, sheet);
        return merged.Count > 1 ? FindingGroups.Group(merged, sheet) : merged;
    }

    private static List<Finding> Supersede(List<Finding> findings)
    {
        // Most sheets have a handful of findings of different rules: look only at pairs both present,
        // known by a bit per rule that takes part in some pair (no set built per sheet).
        // Each finding's rule bit is looked up once; the pairs then compare bits, not rule ids.
        var present = 0UL;
        var bits = findings.Count <= 256 ? stackalloc ulong[findings.Count] : new ulong[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            bits[i] = Supersession.Bit(findings[i]);
            present |= bits[i];
        }

        if ((present & (present - 1)) == 0)
        {
            return findings; // none, or one rule of the pairs: a pair needs two
        }

        var result = findings;
        var count = result.Count;
        foreach (var pair in Supersession.Pairs)
        {
            if ((present & pair.Bits) != pair.Bits)
            {
                continue;
            }

            for (var i = 0; i < count; i++)
            {
                if (bits[i] != pair.LoserBit)
                {
                    continue;
                }

                var loser = result[i];
                var w = -1;
                for (var j = 0; j < count; j++)
                {
                    if (bits[j] == pair.WinnerBit && Same(result[j], loser, pair.Scope))
                    {
                        w = j;
                        break;
                    }
                }

                if (w < 0)
                {
                    continue;
                }

                result[w] = Fold(result[w], loser, pair);
                result.RemoveAt(i);
                bits[(i + 1)..count].CopyTo(bits[i..]);
                count--;
                i--;
            }
        }

        return result;
    }

    private static bool Same(Finding winner, Finding loser, SupersessionScope scope) => scope switch
    {
        SupersessionScope.SameRow => winner.Indicator is { } row && loser.Covers(row),
        SupersessionScope.SameCause => winner.Cause is { } cause && string.Equals(cause, loser.Cause, StringComparison.Ordinal),
        _ => winner.Position == loser.Position,
    };

    /// <summary>
    /// The winner, at the higher severity of the two (but no error when the winner is in doubt), noting the
    /// loser's rule and, when the pair has a note, what the loser adds, composed when the message is first read.
    /// </summary>
    private static Finding Fold(Finding winner, Finding loser, Supersession pair) =>
        pair.Note is null
            ? winner with
            {
                Severity = FoldedSeverity(winner, loser),
                Merged = MergedIds(winner, loser),
            }
            : winner with
            {
                Text = new FoldText(winner, loser, pair),
                Severity = FoldedSeverity(winner, loser),
                Merged = MergedIds(winner, loser),
            };

    /// <summary>
    /// The winner's folded rules, the loser's, then the loser's own folded ones: one array, filled by index (a
    /// collection expression over the two lists made their enumerators and a read-only wrapper, for each of the ten
    /// thousand folds of a review of the synthetic corpus).
    /// </summary>
    private static string[] MergedIds(Finding winner, Finding loser)
    {
        var before = winner.Merged;
        var after = loser.Merged;
        var ids = new string[before.Count + 1 + after.Count];
        for (var i = 0; i < before.Count; i++)
        {
            ids[i] = before[i];
        }

        ids[before.Count] = loser.RuleId;
        for (var i = 0; i < after.Count; i++)
        {
            ids[before.Count + 1 + i] = after[i];
        }

        return ids;
    }

    /// <summary>The winner's message with what the loser adds, and the winner's fix, composed when first read.</summary>
    private sealed class FoldText(Finding winner, Finding loser, Supersession pair) : Wording
    {
        internal override string Message(Finding finding) => winner.Message + pair.NoteFor(loser);

        internal override string? Fix(Finding finding) => winner.Fix;
    }

    private static Severity FoldedSeverity(Finding winner, Finding loser) =>
        Max(winner.Severity, loser.Severity) is var max && winner.Doubt is not null && max > Severity.Warning ? Severity.Warning : max;

    private static Severity Max(Severity a, Severity b) => a >= b ? a : b;
}
