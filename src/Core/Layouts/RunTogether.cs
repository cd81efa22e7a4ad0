using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Core.Framework;
using Jixiao.Core.Reading;

namespace Jixiao.Core.Layouts;

/// <summary>
/// Cells run together with no separator at all (OCR of a scanned form, a page whose table markup was
/// stripped): 「一级指标二级指标三级指标指标目标值产出指标数量指标免费开放天数=300天质量指标…」. The text
/// is cut before and after the vocabulary of the forms (column names, category names, field labels,
/// a title's end) and before each value (a sign with a number and its unit); the pieces become a
/// cell stream that <see cref="StreamRows"/> regroups under the header like any other. Each sheet
/// read so says that its cells were split by inference.
/// </summary>
internal static partial class RunTogether
{
    /// <summary>A run this long with this few spaces, holding the column names, is a table run together.</summary>
    private const int MinLength = 100;

    /// <summary>The signs a run-together row writes before its value, longest first where one starts another.</summary>
    internal static readonly string[] SignWords = [">=", "<=", "≥", "≤", "＝", "=", ">", "<", "≧", "≦"];

    private static readonly FrozenDictionary<char, string[]> Vocabulary = BuildVocabulary(withFieldLabels: true);

    private static readonly FrozenDictionary<char, string[]> TableVocabulary = BuildVocabulary(withFieldLabels: false);

    [GeneratedRegex(@"绩效目标(?:申报|批复)?表(?:\s*[（(]\s*\d{4}\s*年度?\s*[)）]|\s*\d{4}\s*年度)?")]
    private static partial Regex TitleEnd();

    public static Grid Split(Grid grid)
    {
        if (!grid.Rows.Any(IsRun) || !grid.Rows.Any(r => IsRun(r) && HasHeaderWords(Text(r))))
        {
            return grid;
        }

        var rows = new List<Row>(grid.Rows.Count);
        string? lastToken = null;
        foreach (var row in grid.Rows)
        {
            Reading.ReadDeadline.Check();
            if (!IsRun(row) && !GoesOn(row, lastToken))
            {
                rows.Add(row);
                lastToken = null;
                continue;
            }

            var k = 0;
            foreach (var cell in row.Filled)
            {
                foreach (var token in Tokens(cell.Text))
                {
                    rows.Add(new Row([new Cell(token, cell.Position.AtItem(++k))], row.Position) { Stream = true, RunTogether = true });
                    lastToken = token;
                }
            }
        }

        return grid with { Rows = rows, Shapes = [.. grid.Shapes, "RunTogether (cells split by vocabulary, signs and numbers)"] };
    }

    /// <summary>
    /// A short line that goes on with the run above it: the run ended with a field label and the line
    /// is one cell (项目总投资 ⏎ 174.78万元中央补: a line break in the middle of the text, before the label's value).
    /// </summary>
    private static bool GoesOn(Row row, string? lastToken) =>
        lastToken is not null && row.Filled.Count() == 1 && FieldLabels.Of(lastToken) is { } field && field is not Field.Section
        && IndicatorFramework.Recognise(lastToken) is null && ColumnRoles.Of(lastToken) is null;

    private static string Text(Row row) => string.Concat(row.Filled.Select(c => c.Text));

    private static bool IsRun(Row row)
    {
        var cells = row.Filled.ToList();
        if (cells.Count is 0 or > 6)
        {
            return false;
        }

        var text = Text(row);
        return text.Length is >= MinLength and <= MaxLength && cells.Max(c => c.Text.Length) >= MinLength / 2;
    }

    /// <summary>
    /// A run longer than this is not cut: a page of forms run together is a few thousand characters,
    /// and cutting tries the vocabulary at every character (a 1,000,000-character line took seconds).
    /// </summary>
    private const int MaxLength = 50_000;

    private static bool HasHeaderWords(string text) =>
        text.Contains("一级指标", StringComparison.Ordinal) && (text.Contains("三级指标", StringComparison.Ordinal) || text.Contains("二级指标", StringComparison.Ordinal));

    /// <summary>
    /// The tokens of a run: titles (「省级部门预算项目支出绩效目标表(2023年度)」) are cut out first, from the
    /// end of the value before them, so the labels inside a title (项目支出, 绩效目标) do not split it.
    /// </summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var from = 0;
        foreach (Match m in TitleEnd().Matches(text))
        {
            var start = TitleStart(text, from, m.Index);
            tokens.AddRange(FormTokens(text[from..start]));
            tokens.Add(text[start..(m.Index + m.Length)].Trim());
            from = m.Index + m.Length;
        }

        tokens.AddRange(FormTokens(text[from..]));
        return MergeRepeatedCategory(tokens.Where(t => t.Length > 0).ToList());
    }

    /// <summary>One form's text: field labels cut it above the indicator header, only the table's words below it.</summary>
    private static List<string> FormTokens(string text)
    {
        var header = text.IndexOf("一级指标", StringComparison.Ordinal);
        return header < 0 ? TokensOf(text, Vocabulary) : [.. TokensOf(text[..header], Vocabulary), .. RunTogetherTable.Recut(TokensOf(text[header..], TableVocabulary))];
    }

    /// <summary>Where a title ending at <paramref name="end"/> begins: after the last value or sign before it, at most 40 characters back.</summary>
    private static int TitleStart(string text, int from, int end)
    {
        var start = end;
        while (true)
        {
            while (start > from && end - start < 40 && !char.IsAsciiDigit(text[start - 1]) && text[start - 1] is not ('%' or '=' or '≥' or '≤' or '>' or '<' or '】' or '。' or ';' or '；'))
            {
                start--;
            }

            // A year in the title (2024年度项目支出…) is part of it, not a value with the unit 年.
            if (start - 4 >= from && start < text.Length && text[start] == '年' && IsYear(text.AsSpan(start - 4, 4))
                && (start - 4 == from || !char.IsAsciiDigit(text[start - 5])))
            {
                start -= 4;
                continue;
            }

            break;
        }

        if (start > from && char.IsAsciiDigit(text[start - 1]))
        {
            // The value before the title keeps its unit (=99百分比省级…: 百分比 belongs to 99).
            var rest = text.AsSpan(start);
            start += rest.StartsWith("百分比", StringComparison.Ordinal) ? 3 : Values.Units.KnownPrefix(rest)?.Length ?? 0;
        }

        return start;
    }

    private static bool IsYear(ReadOnlySpan<char> digits) =>
        digits.Length == 4 && (digits.StartsWith("19") || digits.StartsWith("20")) && !digits.ContainsAnyExceptInRange('0', '9');

    private static List<string> TokensOf(string text, FrozenDictionary<char, string[]> vocabulary)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var afterValue = false;

        void Flush()
        {
            var t = current.ToString().Trim();
            if (t.Length > 0)
            {
                tokens.Add(t);
            }

            current.Clear();
        }

        var i = 0;
        while (i < text.Length)
        {
            Reading.ReadDeadline.Check();
            if (ValueAt(text, i, afterValue && current.Length == 0) is { } value)
            {
                Flush();
                tokens.Add(value.Trim());
                i += value.Length;
                afterValue = true;
                continue;
            }

            if (TermAt(text, i, vocabulary) is { } term)
            {
                Flush();
                tokens.Add(term);
                i += term.Length;
                afterValue = false;
                continue;
            }

            current.Append(text[i]);
            afterValue = false;
            i++;
        }

        Flush();
        return tokens;
    }

    /// <summary>A value at <paramref name="i"/>: a sign with a number and its unit, or (right after a value) a number and unit.</summary>
    private static string? ValueAt(string text, int i, bool bareNumber)
    {
        var j = i;
        var sign = SignWords.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0);
        if (sign is not null)
        {
            j += sign.Length;
        }
        else if (!bareNumber)
        {
            return null;
        }

        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        var digits = j;
        while (j < text.Length && (char.IsAsciiDigit(text[j]) || text[j] is '.' or ',' or '*' or '＊'))
        {
            j++;
        }

        if (j == digits || !text[digits..j].Any(char.IsAsciiDigit) && !text[digits..j].Contains('*', StringComparison.Ordinal))
        {
            return null;
        }

        // The unit: a known one (天, 人次, %), or the percentage written as a word (百分比); nothing else is taken.
        var rest = text.AsSpan(j);
        var unit = rest.StartsWith("百分比", StringComparison.Ordinal) ? 3 : Values.Units.KnownPrefix(rest)?.Length ?? 0;
        return text[i..(j + unit)];
    }

    private static string? TermAt(string text, int i, FrozenDictionary<char, string[]> vocabulary)
    {
        if (!vocabulary.TryGetValue(text[i], out var terms))
        {
            return null;
        }

        foreach (var term in terms)
        {
            if (string.CompareOrdinal(text, i, term, 0, term.Length) == 0)
            {
                return term;
            }

            if (MatchThroughBrackets(text, i, term) is > 0 and var length)
            {
                return text.Substring(i, length);
            }
        }

        return null;
    }

    /// <summary>
    /// The length of <paramref name="term"/> written at <paramref name="i"/> with brackets around some
    /// of its words (主管部门(单位)名称 for 主管部门单位名称), or 0.
    /// </summary>
    private static int MatchThroughBrackets(string text, int i, string term)
    {
        var j = i;
        var bracketed = false;
        foreach (var ch in term)
        {
            while (j < text.Length && text[j] is '(' or ')' or '（' or '）')
            {
                bracketed = true;
                j++;
            }

            if (j == text.Length || text[j] != ch)
            {
                return 0;
            }

            j++;
        }

        if (j < text.Length && text[j] is ')' or '）')
        {
            j++;
        }

        return bracketed ? j - i : 0;
    }

    /// <summary>A category name repeated as the start of the indicator's name (服务对象满意度 | 服务对象满意度% …) is the name.</summary>
    private static List<string> MergeRepeatedCategory(List<string> tokens)
    {
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (string.Equals(tokens[k], tokens[k - 1], StringComparison.Ordinal) && IndicatorFramework.Recognise(tokens[k]) is not null
                && TermAt(tokens[k + 1], 0, TableVocabulary) is null && ValueAt(tokens[k + 1], 0, false) is null)
            {
                tokens[k] += tokens[k + 1];
                tokens.RemoveAt(k + 1);
            }
        }

        return tokens;
    }

    private static FrozenDictionary<char, string[]> BuildVocabulary(bool withFieldLabels)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in IndicatorFramework.V88.Concat(IndicatorFramework.V101).Concat(IndicatorFramework.InvestmentPlan))
        {
            foreach (var synonym in category.Synonyms.Where(s => s.Length >= 4))
            {
                terms.Add(synonym);
            }
        }

        terms.UnionWith(ColumnRoles.Labels.Where(l => l.Length >= 4 || l == "指标值"));
        if (withFieldLabels)
        {
            terms.UnionWith(FieldLabels.Labels.Where(l => l.Length >= 4));
        }

        return terms.GroupBy(t => t[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ToArray());
    }
}
