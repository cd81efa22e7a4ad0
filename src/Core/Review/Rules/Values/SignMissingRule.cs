using Jixiao.Core.Review.Classification;
using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// VAL-SIGN-MISSING: quantitative targets written without ≥, ≤ or = (结案率 96%, 享受医疗保险人数 139人).
/// Reported per row with the sign the row should have (≥ for what the money buys, ≤ for what it
/// should keep down: 投诉, 事故…); the review merges the rows of a sheet into one finding, since forms
/// that omit the sign omit it everywhere.
/// </summary>
public sealed class SignMissingRule : IndicatorRule
{
    /// <summary>Names of things to keep down, whose target is a ceiling.</summary>
    private static readonly string[] CeilingWords = ["投诉", "事故", "差错", "失误", "违规", "欠薪", "上访", "群体性事件", "不满意", "逾期", "损失"];

    public override RowTraits Needs => RowTraits.SignNone | RowTraits.Unflagged | RowTraits.Quantitative | RowTraits.Unit | RowTraits.Number;

    public override RuleInfo Info { get; } = new(
        "VAL-SIGN-MISSING", "定量指标未写计算符号", Severity.Info, RuleFamily.Values,
        "定量指标值应包含计算符号（≥、≤、=）；没有符号时，评价时无法判断目标是下限、上限还是确切值。");

    public override void Check(IndicatorFacts indicator, SheetContext sheet, FindingSink findings)
    {
        if (!Unsigned(indicator))
        {
            return;
        }

        var row = indicator.Indicator;
        findings.Report(sheet, row, Words, newValue: SignOf(row.Name) + row.Value.Raw);
    }

    // Worded when read: this rule reports on thousands of rows. The sign is the one the row's name asks for.
    private static readonly Wording Words = Wording.Of(
        static f => string.Concat("“", f.Indicator!.Name, "”的指标值“", f.Indicator.Value.Raw, "”未写计算符号"),
        static f => string.Concat("改为 ", SignOf(f.Indicator!.Name), f.Indicator.Value.Raw, "（若为确切值，写 =", f.Indicator.Value.Raw, "）"));

    private static string SignOf(string name) => IsCeiling(name) ? "≤" : "≥";

    /// <summary>
    /// Whether the name counts something to keep down (有效投诉数量), or is the rate of it (差错率); a rate
    /// of handling it (投诉案件结案率) is a floor.
    /// </summary>
    private static bool IsCeiling(string name)
    {
        var subject = name.AsSpan().TrimEnd("）)%（(");
        if (subject.EndsWith('率'))
        {
            var beforeRate = subject[..^1];
            foreach (var word in CeilingWords)
            {
                if (beforeRate.EndsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        return ValueText.ContainsAny(name, CeilingWordsSearch);
    }

    /// <summary>
    /// A plain number with a unit and no sign. Not: 100% (nothing lies above it), 0 (= 0 is the only
    /// reading), money (MNY-COST-SIGN), a bare number (VAL-NO-UNIT, VAL-PROBABLY-RATIO) or values the
    /// parser flagged (deadlines, several quantities, unclear text).
    /// </summary>
    private static bool Unsigned(IndicatorFacts facts)
    {
        var value = facts.Indicator.Value;
        if (value.Sign != Sign.None || value.Flags != ValueFlags.None || value.IsQualitative || value.Unit is not { Length: > 0 } unit)
        {
            return false;
        }

        // The decimal compares last: they cost more than the field tests above.
        if (value.Number is not { } number || NameClassifier.IsMoney(value) || number == 0m)
        {
            return false;
        }

        return !(ValueText.IsPercent(unit) && number == 100m);
    }

    private static readonly System.Buffers.SearchValues<string> CeilingWordsSearch = System.Buffers.SearchValues.Create(CeilingWords, StringComparison.Ordinal);
}
