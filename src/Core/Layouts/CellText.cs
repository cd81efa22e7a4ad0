using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Core.Framework;
using Jixiao.Core.Values;

namespace Jixiao.Core.Layouts;

/// <summary>What a cell's text looks like to a reader of forms: a title, a label, a value, a formula.</summary>
internal static partial class CellText
{
    [GeneratedRegex(@"^\[bookmark:[^\]]*\]\s*")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"^(?:#+\s*|附件\s*\d+\s*[:：]\s*|\d{1,2}\s*[\.．、]\s*(?=\D|\d{4}年))")]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"(?:(?:绩效目标|目标)(?:设定|申报|批复|公开|审核|申报审核)?表|绩效目标和指标)\s*(?:[（(][^()（）]{1,12}[)）]|\d{4}\s*年度?)?$")]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"^[（(]\s*(\d{4})\s*年度?\s*[)）]$")]
    private static partial Regex YearSubtitle();

    [GeneratedRegex(@"((?:19|20)\d{2})(?:\s*年|(?=[-/.]\d)|$)")]
    private static partial Regex YearInText();

    // Non-backtracking: with backtracking, a long run of characters and no slash costs the square
    // of its length (a 3 MB cell took minutes).
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}）)]{2,}\s*[/÷]\s*[\p{IsCJKUnifiedIdeographs}（(]{2,}|[×*]\s*100\s*%|计算公式|计算方法", RegexOptions.NonBacktracking)]
    private static partial Regex FormulaPattern();

    [GeneratedRegex(@"^(?:核心)?职能\s*\d+\s*[:：]?")]
    private static partial Regex FunctionPattern();

    [GeneratedRegex(@"^(\d{3}|\d{6})\s*([\p{IsCJKUnifiedIdeographs}（(].*)$")]
    private static partial Regex UnitLinePattern();

    [GeneratedRegex(@"^(?:附)?表\s*[一二三四五六七八九十百\d]+(?:[-－]\d+)?$")]
    private static partial Regex TableNumberPattern();

    [GeneratedRegex(@"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")]
    private static partial Regex PinyinNote();

    /// <summary>A table's number printed above it (表十二, 表11, 附表3): page furniture, never a row.</summary>
    public static bool IsTableNumber(string text) => TableNumberPattern().IsMatch(text.Trim());

    public static string StripResidue(string text) => TitlePrefix().Replace(Bookmark().Replace(text.Trim(), ""), "").Trim();

    /// <summary>A table title: 「…绩效目标表」, 「…目标申报表 (2023年度)」, with residue removed.</summary>
    public static string? AsTitle(string text)
    {
        if (text.Length > 240)
        {
            return null;
        }

        var t = StripResidue(text);
        if (t.Contains('\n', StringComparison.Ordinal))
        {
            // A title broken over lines (one paragraph): joined; a year line under it is not part of it.
            var lines = t.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            if (lines.Count > 1 && AsYearSubtitle(lines[^1]) is not null)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            t = string.Concat(lines);
        }

        // Matched on the folded text (traditional characters, a mirror's pinyin), returned as written.
        var key = PinyinNote().Replace(Framework.Traditional.ToSimplified(t), "");
        return t.Length is > 3 and <= 80 && TitleEnd().IsMatch(key) ? t : null;
    }

    /// <summary>
    /// The controls and lines of a web page around a published table (文件下载, 打印本页, 扫一扫…, 上一篇):
    /// the same few words on every government site's template; a table ends where they start.
    /// </summary>
    public static bool IsPageFurniture(string text)
    {
        var t = text.Trim();
        foreach (var word in PageWords)
        {
            if (t.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PageWords =
    [
        "文件下载", "政策咨询", "标签:", "标签：", "打印本页", "关闭窗口", "【打印】", "【关闭】", "[打印]", "[关闭]", "扫一扫", "分享到", "上一篇", "下一篇",
        "责任编辑", "网站地图", "版权所有", "主办单位", "我要纠错", "相关附件", "相关链接", "【字体", "字体:", "字体：", "当前位置", "浏览次数", "阅读次数",
    ];

    public static int? AsYearSubtitle(string text)
    {
        var m = YearSubtitle().Match(text.Trim());
        return m.Success ? int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public static int? FirstYear(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var m = YearInText().Match(text);
        return m.Success ? int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A line naming an attachment of the page: 附件：…, 附件1 …, 附件2.xlsx.</summary>
    public static bool IsAttachmentLine(string text) => AttachmentLine().IsMatch(text.Trim());

    /// <summary>A line that is only a date: 2024年2月20日, 2024-02-20, 2024/2/20.</summary>
    public static bool IsDateLine(string text) => DateLine().IsMatch(text.Trim());

    [GeneratedRegex(@"^附件\s*(?:\d{1,2}|[一二三四五六七八九十])?\s*(?:[:：.、]|$|\s)")]
    private static partial Regex AttachmentLine();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})$")]
    private static partial Regex DateLine();

    public static bool IsFormula(string text) => FormulaPattern().IsMatch(text);

    /// <summary>A scoring standard (评分标准 column text): 未达指标值酌情扣分, 每降低1%扣0.5分.</summary>
    public static bool IsScoringText(string text)
    {
        var t = Framework.Traditional.ToSimplified(text);
        return t.Contains("扣分", StringComparison.Ordinal) || t.Contains("得分", StringComparison.Ordinal) || t.Contains("计分", StringComparison.Ordinal)
            || t.Contains("不得分", StringComparison.Ordinal) || t.EndsWith("扣", StringComparison.Ordinal);
    }

    public static bool IsFunction(string text) => FunctionPattern().IsMatch(text.Trim());

    public static (string Code, string Name)? AsUnitLine(string text)
    {
        var m = UnitLinePattern().Match(text.Trim());
        return m.Success ? (m.Groups[1].Value, m.Groups[2].Value.Trim()) : null;
    }

    /// <summary>A cell that is clearly a target value: a sign, or a number at the start of a short text.</summary>
    public static bool IsValueLike(string text)
    {
        var t = text.Trim();
        if (t.Length == 0 || t.Length > 40 || IsFormula(t))
        {
            return false;
        }

        var v = TargetValueParser.Parse(t);
        if (v.Number is null)
        {
            return false;
        }

        // A sign, or nothing but a number and its unit (100%, 0, 50人): not a name that starts with a number (12月份完成…).
        return v.Sign != Targets.Sign.None
            || string.Equals(TargetValueParser.Render(v), Targets.TextFold.Fold(Latex.Render(t)).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>Labels for whole table columns or groups that carry no data (指标, 绩效指标, 年度绩效指标).</summary>
    public static bool IsGroupLabel(string text) => Label.Normalise(text) is "指标" or "绩效指标" or "年度绩效指标" or "核心职能" or "绩效指标表";

    /// <summary>Strips outline numbering and 「指标N：」 from an indicator name.</summary>
    public static string IndicatorName(string text) => Outline.StripNumbering(text.Trim()).Trim();
}
