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
/// <see cref="Finding.Merged"/>, its message appended when <see cref="KeepMessage"/> adds something).
/// </summary>
public sealed record Supersession(string Winner, string Loser, SupersessionScope Scope, bool KeepMessage)
{
    /// <summary>
    /// Every pair, most specific first. Reasons: moving a misplaced category or row is the fix of the
    /// level-1 category it leaves missing; a goal copied from another project explains its numbering
    /// gap; a cut table explains its last row's missing value; a cost over the budget needs a new
    /// amount, so its sign is fixed with it (two fixes "≤300万元" and "≤30万元" contradict); a rate
    /// counted in persons cannot be moved to another benefit kind before its unit is settled.
    /// </summary>
    public static readonly IReadOnlyList<Supersession> All =
    [
        new("STR-L2-WRONG-PARENT", "STR-L1-MISSING", SupersessionScope.SameCause, true),
        new("CLS-SATISFACTION-MISPLACED", "STR-L1-MISSING", SupersessionScope.SameCause, true),
        new("CLS-BENEFIT-AS-OUTPUT", "STR-L1-MISSING", SupersessionScope.SameCause, true),
        new("CLS-OUTPUT-AS-BENEFIT", "STR-L1-MISSING", SupersessionScope.SameCause, true),
        new("GOAL-UNRELATED", "GOAL-NUMBERING-GAP", SupersessionScope.SamePosition, true),
        new("STR-TABLE-INCOMPLETE", "VAL-MISSING", SupersessionScope.SameRow, false),
        new("MNY-COST-OVER-BUDGET", "MNY-COST-SIGN", SupersessionScope.SameRow, false),
        new("VAL-UNIT-RATE-PERSON", "CLS-BENEFIT-KIND", SupersessionScope.SameRow, false),
        new("VAL-UNIT-RATE-PERSON", "VAL-NO-UNIT", SupersessionScope.SameRow, false),
        new("VAL-PLACEHOLDER", "VAL-UNCLEAR", SupersessionScope.SameRow, false),
        new("VAL-PLACEHOLDER", "VAL-NO-UNIT", SupersessionScope.SameRow, false),
        new("VAL-MISSING", "VAL-UNCLEAR", SupersessionScope.SameRow, false),
        new("CLS-MONEY-AS-OUTPUT", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow, false),
        new("CLS-TIMELINESS-MISPLACED", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow, false),
        new("CLS-BENEFIT-AS-OUTPUT", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow, false),
        new("CLS-BUDGET-EXECUTION", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow, false),
        new("VAL-UNIT-COUNT-MISMATCH", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow, false),
        new("VAL-TWO-IN-ONE", "VAL-QUANTITY-NOT-COUNT", SupersessionScope.SameRow, false),
        new("VAL-DEADLINE-PERCENT", "VAL-PERCENT-NOT-RATE", SupersessionScope.SameRow, false),
        new("VAL-PROBABLY-RATIO", "VAL-FULL-FLOOR", SupersessionScope.SameRow, false),
        new("STR-L1-MISSING", "STR-COST-REQUIRED", SupersessionScope.SameCause, false),
    ];
}
