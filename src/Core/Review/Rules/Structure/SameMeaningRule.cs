using Jixiao.Core.Targets;

namespace Jixiao.Core.Review.Rules.Structure;

/// <summary>
/// STR-SAME-MEANING: two indicators of a sheet under different names with the same 指标解释 or
/// 计算公式: one measure counted twice. Short texts (under 8 characters once folded), texts that only
/// repeat the row's own name, and texts that define no ratio (a description of how any count is taken,
/// a scoring note such as 未达指标值酌情扣分 in the formula column) say too little to compare.
/// </summary>
public sealed class SameMeaningRule : SheetRule
{
    private const int MinLength = 8;

    public override RuleInfo Info { get; } = new(
        "STR-SAME-MEANING", "同一指标换了名称重复设置", Severity.Warning, RuleFamily.Structure,
        "指标解释或计算公式相同，说明两个指标衡量的是同一件事；重复设置会在自评时重复计分，也挤占了本该考核其他产出、效益的指标。");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        Dictionary<string, Indicator>? seen = null;
        foreach (var facts in sheet.Indicators)
        {
            var row = facts.Indicator;
            foreach (var text in (ReadOnlySpan<string?>)[row.Formula, row.Description])
            {
                if (text is null || text.Length < MinLength || !IsDefinition(text)
                    || Fold(text) is not { } key || key == Fold(row.Name))
                {
                    continue;
                }

                seen ??= new Dictionary<string, Indicator>(StringComparer.Ordinal);
                if (!seen.TryGetValue(key, out var earlier))
                {
                    seen[key] = row;
                    continue;
                }

                if (!string.Equals(Fold(earlier.Name), Fold(row.Name), StringComparison.Ordinal))
                {
                    findings.Report(sheet, row,
                        $"“{row.Name}”与{Merging.RowNumbers.Place(earlier, Merging.RowNumbers.Of(sheet.Sheet))}的{(text == row.Formula ? "计算公式" : "指标解释")}相同（“{Short(text!)}”），是同一指标换了名称",
                        $"保留一个指标（如“{earlier.Name}”），另一个删除或改为衡量其他内容的指标",
                        key);
                }

                break;
            }
        }
    }

    /// <summary>The text without spaces and punctuation, or null when too short to compare.</summary>
    private static string? Fold(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // Counted first: too short gives null without a copy, nothing to drop gives the text itself.
        var kept = 0;
        foreach (var c in text)
        {
            kept += IsDropped(c) ? 0 : 1;
        }

        if (kept < MinLength)
        {
            return null;
        }

        return kept == text.Length ? text : string.Create(kept, text, static (span, t) =>
        {
            var k = 0;
            foreach (var c in t)
            {
                if (!IsDropped(c))
                {
                    span[k++] = c;
                }
            }
        });
    }

    /// <summary>
    /// A text that defines the measure (a ratio: …/…×100%), not one that says how any count is taken
    /// (每学期实际核定人数 fits every 人数 of a sheet) or how any row is scored (未达指标值酌情扣分).
    /// </summary>
    private static bool IsDropped(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c);

    private static bool IsDefinition(string text) => text.AsSpan().IndexOfAny("/÷×*") >= 0 || text.Contains("占", StringComparison.Ordinal);

    private static string Short(string text) => text.Length <= 30 ? text.Trim() : text[..30].Trim() + "…";
}
