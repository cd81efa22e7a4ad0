using System.Text.RegularExpressions;
using Jixiao.Core.Framework;
using Jixiao.Core.Reading;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;

namespace Jixiao.Core.Layouts;

/// <summary>
/// Targets written as an outline or as prose instead of a table: 【产出指标-数量指标】 headings with
/// 「指标1：机柜数量（≥77台）」 items under them (a list page of several projects), or a notice that
/// states them in sentences (「一、产出指标 / 数量指标：种植数量>=17600株；成活率>=85；…」). Category
/// words, signs and numbers with units tell the parts apart; every sheet read so says that its
/// name/value boundaries were inferred.
/// </summary>
internal sealed partial class OutlineLayout : ISheetLayout
{
    [GeneratedRegex(@"^【\s*([^【】\-－—]+?)\s*[-－—]\s*([^【】]+?)\s*】$")]
    private static partial Regex BracketHeading();

    [GeneratedRegex(@"^【([^】]+)】\s*[:：]?\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex BracketLabel();

    [GeneratedRegex(@"^指标\s*\d+\s*[:：]\s*(.+?)\s*[（(]([^（()）]+)[)）]\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^\d[\d,]*(?:\.\d+)?$")]
    private static partial Regex Amount();

    /// <summary>A notice's title that names its project: 关于某村大棚建设项目绩效目标设定的公示.</summary>
    [GeneratedRegex(@"^关于(.{4,60}?项目)的?(?:绩效目标|绩效指标)")]
    private static partial Regex NoticeOfProject();

    /// <summary>The funds a notice allocates, named in its sentence: 安排…资金50万元, 下达…专项资金35万元.</summary>
    [GeneratedRegex(@"资金(?:共计|合计|总额|总计)?[:：]?\s*(\d+(?:\.\d+)?)\s*(万元|元)", RegexOptions.NonBacktracking)]
    private static partial Regex FundsInSentence();

    public IReadOnlyList<SheetDraft>? TryRead(Segment segment)
    {
        var items = segment.Rows.SelectMany(r => r.Filled).SelectMany(c => c.Text.Split('\n').Select(t => (Text: t.Trim(), c.Position)))
            .Where(x => x.Text.Length > 0).ToList();
        var drafts = new List<SheetDraft>();
        SheetDraft? draft = null;
        var state = new CategoryState();
        var inOutline = false;
        var amounts = new List<(decimal Amount, SheetDraft Draft)>();
        for (var i = 0; i < items.Count; i++)
        {
            Reading.ReadDeadline.Check();
            var (text, position) = items[i];
            if (CellText.IsPageFurniture(text) || text.StartsWith("附件", StringComparison.Ordinal))
            {
                inOutline = false;
                continue;
            }

            if (BracketHeading().Match(text) is { Success: true } heading
                && IndicatorFramework.Recognise(heading.Groups[1].Value) is { } l1 && IndicatorFramework.Recognise(heading.Groups[2].Value) is { } l2)
            {
                draft ??= Start(segment, items, i, drafts, amounts);
                state.Apply([l1, l2], i);
                inOutline = true;
                continue;
            }

            if (BracketLabel().Match(text) is { Success: true } label)
            {
                // 【项目概况】 / 【总体目标】 open a project's block; the cells before it name the project and its amount.
                if (!inOutline || draft is null)
                {
                    draft = Start(segment, items, i, drafts, amounts);
                }

                var name = label.Groups[1].Value;
                var value = label.Groups[2].Value.Length > 0 ? label.Groups[2].Value : i + 1 < items.Count ? items[i + 1].Text : "";
                if (name.Contains("目标", StringComparison.Ordinal) && value.Length > 0)
                {
                    draft.Goals.Add(new Goal(GoalTerm.Overall, value, position));
                }
                else if (name.Contains("概况", StringComparison.Ordinal) || name.Contains("内容", StringComparison.Ordinal))
                {
                    draft.Set(Field.Purpose, value, position);
                }

                inOutline = true;
                continue;
            }

            if (draft is not null && inOutline && NumberedItem().Match(text) is { Success: true } item && state.Level1 is not null)
            {
                draft.Indicators.Add(Indicator(text[..(text.IndexOfAny([':', '：']) + 1)] + item.Groups[1].Value, item.Groups[2].Value, state, position));
                continue;
            }

            if (draft is not null && inOutline && !IsOutlineText(text))
            {
                inOutline = false; // the next project's cells (code, name, amount)
            }

            if (Prose.Clauses(text) is { Count: > 0 } clauses)
            {
                draft ??= Start(segment, items, i, drafts, amounts);
                foreach (var clause in clauses)
                {
                    if (clause.Categories.Count > 0)
                    {
                        state.Apply(clause.Categories, i);
                    }

                    if (clause.Name is { } clauseName && state.Level1 is not null)
                    {
                        draft.Indicators.Add(Indicator(clauseName, clause.Value, state, position));
                    }
                }

                inOutline = true;
            }
        }

        if (drafts.Count == 0 || drafts.All(d => d.Indicators.Count == 0))
        {
            return null;
        }

        InferMoneyUnit(amounts);
        foreach (var d in drafts.Where(d => d.Indicators.Count > 0))
        {
            d.Assume(d.Position, "指标不是表格，而是从提纲或文字中拆分得出：请核对每项指标名称与指标值的分界");
        }

        return drafts;
    }

    private static SheetDraft Start(Segment segment, List<(string Text, SourcePosition Position)> items, int at, List<SheetDraft> drafts, List<(decimal, SheetDraft)> amounts)
    {
        var title = segment.Title ?? PageTitle(segment);
        var draft = new SheetDraft(items[at].Position) { Title = title, Year = title is null ? null : CellText.FirstYear(title) };

        // The project's name and amount are the cells just before its block: 037001 | name | 1681680.
        // Only a list row has them: no amount, no project name (a notice's outline names its project in the title).
        var back = at - 1;
        decimal? amount = null;
        while (back >= 0 && back >= at - 4)
        {
            var t = items[back].Text;
            if (Amount().IsMatch(t) && amount is null && TargetValueParser.Parse(t).Number is { } n)
            {
                amount = n;
            }
            else if (amount is not null && !Amount().IsMatch(t) && !IsOutlineText(t) && t.Length <= 60)
            {
                draft.Set(Field.ProjectName, t, items[back].Position);
                break;
            }

            back--;
        }

        if (amount is { } a)
        {
            amounts.Add((a, draft));
        }
        else
        {
            FundsOfNotice(items, at, draft);
        }

        // A form that names its project by label above the outline: 项目名称:全民健身设施维护项目.
        for (var k = at - 1; k >= 0 && k >= at - 6 && draft.Get(Field.ProjectName) is null; k--)
        {
            var t = items[k].Text.Trim();
            var colon = t.IndexOfAny([':', '：']);
            if (colon > 0 && colon < t.Length - 1 && FieldLabels.Of(t[..colon]) is Field.ProjectName or Field.SubProject)
            {
                draft.Set(Field.ProjectName, t[(colon + 1)..].Trim(), items[k].Position);
            }
            else if (t.StartsWith('【'))
            {
                break;
            }
        }

        if (draft.Get(Field.ProjectName) is null && title is not null && NoticeOfProject().Match(title.Trim()) is { Success: true } notice)
        {
            draft.Set(Field.ProjectName, notice.Groups[1].Value, draft.Position);
        }

        drafts.Add(draft);
        return draft;
    }

    /// <summary>
    /// A notice that states its targets in sentences names the funds in the paragraph before them
    /// (「安排…资金50万元，实施…项目」): the sheet's budget, when that paragraph names exactly one such
    /// amount (several are a total and its parts, or several projects: none is taken). Said on the sheet.
    /// </summary>
    private static void FundsOfNotice(List<(string Text, SourcePosition Position)> items, int at, SheetDraft draft)
    {
        const int maxParagraph = 2000, minParagraph = 20;
        for (var k = at - 1; k >= 0 && k >= at - 3; k--)
        {
            var (text, position) = items[k];
            if (text.Length is < minParagraph or > maxParagraph || IsOutlineText(text))
            {
                continue;
            }

            var found = FundsInSentence().Matches(text);
            if (found.Count == 1 && decimal.TryParse(found[0].Groups[1].Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var amount))
            {
                var unit = found[0].Groups[2].Value == "元" ? MoneyUnit.Yuan : MoneyUnit.Wan;
                draft.Amounts.TryAdd(Field.Total, (new Money(amount, unit), position));
                draft.Assume(position, $"预算金额取自正文“{found[0].Value}”，按其金额和单位计：请核对是否为本项目的资金");
            }

            return;
        }
    }

    /// <summary>The page's own title (标 题： | …的公示, or a first line 关于…项目绩效目标…) when no table title stands above the text.</summary>
    private static string? PageTitle(Segment segment)
    {
        if (segment.Rows.Select(r => r.Filled.ToList()).FirstOrDefault(f => f.Count >= 2 && Label.Normalise(f[0].Text) == "标题") is { } row)
        {
            return row[1].Text;
        }

        // A notice's title line, as official documents write it: 关于…的公示 / 通知.
        const int maxTitle = 80;
        return segment.Rows.Select(r => r.Filled.ToList()).FirstOrDefault(f => f.Count > 0) is [var first]
            && first.Text.StartsWith("关于", StringComparison.Ordinal) && first.Text.Length <= maxTitle && NoticeOfProject().IsMatch(first.Text) ? first.Text : null;
    }

    /// <summary>
    /// Amounts of a list that names no unit: 元 when any has seven or more digits (no county project
    /// is ten billion 元 in 万元), else 万元 — an inference, said on each sheet.
    /// </summary>
    private static void InferMoneyUnit(List<(decimal Amount, SheetDraft Draft)> amounts)
    {
        var yuan = amounts.Any(a => a.Amount >= 1_000_000m);
        foreach (var (amount, draft) in amounts)
        {
            var unit = draft.MoneyUnit ?? (yuan ? MoneyUnit.Yuan : MoneyUnit.Wan);
            draft.Amounts.TryAdd(Field.Total, (new Money(amount, unit), draft.Position));
            if (draft.MoneyUnit is null)
            {
                draft.Assume(draft.Position, yuan ? "金额未注明单位，按元计（列表中有七位以上的金额）" : "金额未注明单位，按万元计");
            }
        }
    }

    private static bool IsOutlineText(string text) =>
        text.StartsWith('【') || text.StartsWith("指标", StringComparison.Ordinal) || IndicatorFramework.Recognise(text) is not null;

    private static Indicator Indicator(string name, string? value, CategoryState state, SourcePosition position) => new()
    {
        Level1 = state.Level1!,
        Level2 = state.Level2,
        Name = CellText.IndicatorName(name),
        Value = value is null ? TargetValue.Missing : IndicatorBuilder.WithUnitFromName(TargetValueParser.Parse(value), name),
        Position = position,
        ValuePosition = value is null ? null : position,
    };
}
