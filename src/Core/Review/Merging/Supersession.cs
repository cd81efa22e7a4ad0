namespace Jixiao.Core.Review.Merging;

/// <summary>Where two findings must stand to be one defect.</summary>
public enum SupersessionScope
{
    /// <summary>On the same indicator row.</summary>
    SameRow,

    /// <summary>On the same sheet, about the same cause (the 效益指标 a misplaced category leaves missing).</summary>
    SameCause,

    /// <summary>At the same source position (the same goal text).</summary>
    SamePosition,
}

/// <summary>
/// One pair of rules that report one defect twice: the <see cref="Winner"/> is the more specific
/// finding and stays; the <see cref="Loser"/> is folded into it (its rule id kept in
/// <see cref="Finding.Merged"/>); <see cref="Note"/>, when the loser adds something, is appended to the
/// winner's message with <c>{message}</c> standing for the loser's message and <c>{cause}</c> for its cause.
/// </summary>
public sealed record Supersession(string Winner, string Loser, SupersessionScope Scope, string? Note = null)
{
    private const string Missing = "，因此本表没有{cause}";

    /// <summary>
    /// Every pair, most specific first. Reasons: moving a misplaced category or row is the fix of the
    /// level-1 category it leaves missing; a goal copied from another project explains its numbering
    /// gap; a cut table explains its last row's missing value and the name it shares with an earlier row (the cut
    /// row is only the start of one); a cost over the budget needs a new
    /// amount, so its sign is fixed with it (two fixes "≤300万元" and "≤30万元" contradict); a rate
    /// counted in persons cannot be moved to another benefit kind before its unit is settled; the only row of
    /// 数量指标 being a 时效, 金额 or wrongly counted row is why the output has no quantity (the move's fix
    /// already asks for one); a budget execution rate or a percentage under 成本指标 is one defect whose fix is
    /// the row's removal or an amount (not a rate's definition, not a "≥" sign); a percentage in a 数量 row
    /// is the row's missing quantity.
    /// </summary>
    public string NoteFor(Finding loser) =>
        Note is null ? "" : Note.Replace("{message}", loser.Message, StringComparison.Ordinal).Replace("{cause}", loser.Cause, StringComparison.Ordinal);

    /// <summary>The bits of the two rules (<see cref="Bit"/>): a pair applies to a sheet whose findings have both.</summary>
    internal ulong Bits => WinnerBit | LoserBit;

    internal ulong WinnerBit { get; } = Register(Winner);

    internal ulong LoserBit { get; } = Register(Loser);

    /// <summary>One bit per rule named in a pair (at most 63 such rules); 0 for any other rule.</summary>
    internal static ulong Bit(string ruleId) => RuleBits.TryGetValue(ruleId, out var bit) ? bit : 0;

    /// <summary>
    /// The rule's <see cref="Bit"/> as a stamp for <see cref="Finding.RuleStamp"/>: the bit's index plus 2, or 1 for a rule
    /// in no pair (0 is a finding not stamped).
    /// </summary>
    internal static byte Stamp(string ruleId) => Bit(ruleId) is var bit and not 0 ? (byte)(System.Numerics.BitOperations.TrailingZeroCount(bit) + 2) : (byte)1;

    /// <summary>A finding's rule bit: from its stamp, else looked up by its rule id.</summary>
    internal static ulong Bit(Finding finding) => finding.RuleStamp switch
    {
        0 => Bit(finding.RuleId),
        1 => 0,
        var stamp => 1UL << (stamp - 2),
    };

    private static readonly Dictionary<string, ulong> RuleBits = new(StringComparer.Ordinal);

    private static ulong Register(string ruleId)
    {
        if (!RuleBits.TryGetValue(ruleId, out var bit))
        {
            if (RuleBits.Count == 63)
            {
                throw new InvalidOperationException("more than 63 rules take part in supersession pairs: widen Supersession.Bit");
            }

            bit = 1UL << RuleBits.Count;
            RuleBits[ruleId] = bit;
        }

        return bit;
    }

    /// <summary>Every pair, in the order the merge pass tries them.</summary>
    public static IReadOnlyList<Supersession> All => Pairs;

    // An array the merge pass walks by index: a foreach over the list made an enumerator per sheet.
    internal static readonly Supersession[] Pairs =
    [
        new("STR-L2-WRONG-PARENT", "STR-L1-MISSING", SupersessionScope.SameCause, Missing),
        new("CLS-SATISFACTION-MISPLACED", "STR-L1-MISSING", SupersessionScope.SameCause, Missing),
        new("CLS-BENEFIT-AS-OUTPUT", "STR-L1-MISSING", SupersessionScope.SameCause, Missing),
        new("CLS-OUTPUT-AS-BENEFIT", "STR-L1-MISSING", SupersessionScope.SameCause, Missing),
        new("GOAL-UNRELATED", "GOAL-NUMBERING-GAP", SupersessionScope.SamePosition, "；{message}"),
        new("STR-TABLE-INCOMPLETE", "VAL-MISSING", SupersessionScope.SameRow),
        new("STR-TABLE-INCOMPLETE", "STR-DUPLICATE", SupersessionScope.SameRow),
        new("MNY-COST-OVER-BUDGET", "MNY-COST-SIGN", SupersessionScope.SameRow),
        new("VAL-UNIT-RATE-PERSON", "CLS-BENEFIT-KIND", SupersessionScope.SameRow),
        new("VAL-UNIT-RATE-PERSON", "VAL-NO-UNIT", SupersessionScope.SameRow),
        new("VAL-PLACEHOLDER", "VAL-UNCLEAR", SupersessionScope.SameRow),
        new("VAL-PLACEHOLDER", "VAL-NO-UNIT", SupersessionScope.SameRow),
        new("VAL-MISSING", "VAL-UNCLEAR", SupersessionScope.SameRow),
        new("CLS-MONEY-AS-OUTPUT", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow),
        new("CLS-TIMELINESS-MISPLACED", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow),
        new("CLS-BENEFIT-AS-OUTPUT", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow),
        new("CLS-BUDGET-EXECUTION", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow),
        new("VAL-UNIT-COUNT-MISMATCH", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow),
        new("VAL-QUANTITY-NOT-COUNT", "VAL-PERCENT-NOT-RATE", SupersessionScope.SameRow),
        new("STR-OUTPUT-NO-QUANTITY", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameCause),
        new("VAL-DEADLINE-PERCENT", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow),
        new("VAL-TWO-IN-ONE", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow),
        new("VAL-DEADLINE-PERCENT", "VAL-PERCENT-NOT-RATE", SupersessionScope.SameRow),
        new("VAL-UNIT-COUNT-MISMATCH", "VAL-SIGN-MISSING", SupersessionScope.SameRow),
        new("VAL-UNIT-COUNT-MISMATCH", "VAL-PERCENT-NOT-RATE", SupersessionScope.SameRow),
        new("STR-DUPLICATE", "STR-SAME-MEANING", SupersessionScope.SameRow),
        new("VAL-APPROXIMATE", "VAL-NO-UNIT", SupersessionScope.SameRow),
        new("VAL-PROBABLY-RATIO", "VAL-FULL-FLOOR", SupersessionScope.SameRow),
        new("STR-L1-MISSING", "STR-COST-REQUIRED", SupersessionScope.SameCause),
        new("GOAL-INDICATOR-CONFLICT", "GOAL-QUANTITY-UNCARRIED", SupersessionScope.SameCause),
        new("GOAL-UNRELATED", "GOAL-QUANTITY-UNCARRIED", SupersessionScope.SamePosition),
        new("CLS-TIMELINESS-MISPLACED", "STR-OUTPUT-NO-QUANTITY", SupersessionScope.SameRow, "；{message}"),
        new("CLS-MONEY-AS-OUTPUT", "STR-OUTPUT-NO-QUANTITY", SupersessionScope.SameRow, "；{message}"),
        new("VAL-UNIT-COUNT-MISMATCH", "STR-OUTPUT-NO-QUANTITY", SupersessionScope.SameRow, "；{message}"),
        new("CLS-BUDGET-EXECUTION", "MNY-COST-NO-AMOUNT", SupersessionScope.SameRow),
        new("MNY-COST-NO-AMOUNT", "VAL-PERCENT-NOT-RATE", SupersessionScope.SameRow),
        new("MNY-COST-NO-AMOUNT", "VAL-SIGN-MISSING", SupersessionScope.SameRow),
    ];
}
