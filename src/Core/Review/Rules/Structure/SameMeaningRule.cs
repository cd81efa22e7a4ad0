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

    // Reused per thread: the definition texts of the sheet so far, with their folded ends (Ends), rows and the rows' places in the table.
    [ThreadStatic]
    private static List<(string Text, int Ends, Indicator Row, int Index)>? seenScratch;

    /// <summary>
    /// What a text that defines the measure holds (a ratio: …/…×100%, 占…), unlike one that says how any count is taken
    /// (每学期实际核定人数 fits every 人数 of a sheet) or how any row is scored (未达指标值酌情扣分).
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Definers = System.Buffers.SearchValues.Create("/÷×*占");

    public override void Check(SheetContext sheet, FindingSink findings)
    {
        // The texts are compared folded (without spaces and punctuation) but never folded into copies: character
        // by character, which stops at the first difference (a sheet holds a few such texts).
        var seen = seenScratch ??= [];
        seen.Clear();
        foreach (var facts in sheet.Rows)
        {
            var row = facts.Indicator;
            foreach (var text in (ReadOnlySpan<string?>)[row.Formula, row.Description])
            {
                if (text is null || text.Length < MinLength || !text.AsSpan().ContainsAny(Definers)
                    || !FoldedText.Keeps(text, MinLength) || FoldedText.Equal(text, row.Name))
                {
                    continue;
                }

                var ends = Ends(text);
                var (earlier, at) = First(seen, text, ends);
                if (earlier is null)
                {
                    seen.Add((text, ends, row, facts.Index));
                    continue;
                }

                if (!FoldedText.Equal(earlier.Name, row.Name) && (FoldedText.Keeps(earlier.Name, MinLength) || FoldedText.Keeps(row.Name, MinLength)))
                {
                    findings.Report(sheet, row,
                        $"“{row.Name}”与{Place(earlier, at)}的{(text == row.Formula ? "计算公式" : "指标解释")}相同（“{Short(text!)}”），是同一指标换了名称",
                        $"保留一个指标（如“{earlier.Name}”），另一个删除或改为衡量其他内容的指标",
                        FoldedText.Fold(text));
                }

                break;
            }
        }

        seen.Clear(); // no sheet kept alive by the thread
    }

    /// <summary>
    /// A text's first and last characters once folded: texts that fold alike have the same, so a text is compared in full
    /// only with those that do. Read from the two ends (a character or two each), not through the whole text as a hash
    /// of it is: most texts are seen once in their sheet and never compared.
    /// </summary>
    private static int Ends(string text)
    {
        var first = 0;
        while (FoldedText.IsDropped(text[first]))
        {
            first++; // a text that keeps MinLength characters has a first and a last
        }

        var last = text.Length - 1;
        while (FoldedText.IsDropped(text[last]))
        {
            last--;
        }

        return (text[first] << 16) | text[last];
    }

    /// <summary>The row (and its place) of the first text seen that folds to the same as <paramref name="text"/>; null when none does.</summary>
    /// <remarks>Texts that fold alike have alike <see cref="Ends"/>: a text is compared only with those of its ends, not character by character with each.</remarks>
    private static (Indicator? Row, int Index) First(List<(string Text, int Ends, Indicator Row, int Index)> seen, string text, int ends)
    {
        for (var i = 0; i < seen.Count; i++)
        {
            if (seen[i].Ends == ends && FoldedText.Equal(seen[i].Text, text))
            {
                return (seen[i].Row, seen[i].Index);
            }
        }

        return (null, -1);
    }

    /// <summary>
    /// <see cref="Merging.RowNumbers.Place"/> of a row seen at <paramref name="index"/>, without mapping every row of the
    /// sheet: a row is added to the texts seen at its first place in the table, the place RowNumbers.Of gives it.
    /// </summary>
    private static string Place(Indicator row, int index) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"第{index + 1}行“{row.Name}”");

    private static string Short(string text) => text.Length <= 30 ? text.Trim() : text[..30].Trim() + "…";
}
