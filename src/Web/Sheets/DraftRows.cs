using System.Globalization;
using Jixiao.Core.Framework;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;
using Jixiao.Web.Components.Sheets;

namespace Jixiao.Web.Sheets;

/// <summary>The rows of a draft — indicators and goals — checked and built on the rows they came from.</summary>
internal static class DraftRows
{
    public static Indicator Indicator(IndicatorDraft draft, int index, TargetSheet stored, Dictionary<string, string[]> errors)
    {
        var row = (index + 1).ToString(CultureInfo.InvariantCulture);
        var key = $"indicators[{index.ToString(CultureInfo.InvariantCulture)}]";
        var origin = draft.Origin is { } o && o >= 0 && o < stored.Indicators.Count ? stored.Indicators[o] : null;
        var level1 = SheetEdits.Clean(draft.Level1);
        var level2 = SheetEdits.Clean(draft.Level2);
        var name = SheetEdits.Clean(draft.Name);
        var framework = Display.Framework(stored.Framework);

        var category1 = IndicatorFramework.Recognise(level1, stored.Framework);
        if (category1 is not { IsLevel1: true })
        {
            errors[key + ".level1"] = [level1 is null
                ? $"第 {row} 行缺少一级指标：请从{Names(Level1Names(stored.Framework))}中选择"
                : $"第 {row} 行的一级指标“{level1}”不是{framework}指标体系的一级指标：请从{Names(Level1Names(stored.Framework))}中选择"];
        }
        else
        {
            var children = IndicatorFramework.Children(category1.Category.Name, stored.Framework).Select(c => c.Name).ToList();
            var category2 = IndicatorFramework.Recognise(level2, stored.Framework);
            // A row read from a form that leaves 二级 blank (满意度指标 often) keeps it blank; review judges that.
            var keptBlank = level2 is null && origin is not null && origin.Level2 is null;
            if (!keptBlank && (category2 is not { IsLevel1: false } || !string.Equals(category2.Category.Parent, category1.Category.Name, StringComparison.Ordinal)))
            {
                errors[key + ".level2"] = [level2 is null
                    ? $"第 {row} 行缺少二级指标：请从{category1.Category.Name}下的{Names(children)}中选择"
                    : $"第 {row} 行的二级指标“{level2}”不属于{category1.Category.Name}：请从{Names(children)}中选择"];
            }
        }

        if (name is null)
        {
            errors[key + ".name"] = [$"第 {row} 行缺少三级指标名称：请填写指标名称，如“培训人次”"];
        }

        var value = Value(draft.Value, origin?.Value, row, key + ".value", errors);
        var samePlace = origin is not null && string.Equals(origin.Level1, level1, StringComparison.Ordinal) && string.Equals(origin.Level2, level2, StringComparison.Ordinal);
        return origin is null
            ? new Indicator { Level1 = level1 ?? "", Level2 = level2, Name = name ?? "", Value = value, Position = default }
            : origin with { Level1 = level1 ?? "", Level2 = level2, Name = name ?? "", Value = value, PlacedUnder = samePlace ? origin.PlacedUnder : null };
    }

    public static IReadOnlyList<Goal> Goals(IReadOnlyList<GoalDraft> drafts, IReadOnlyList<Goal> stored, Dictionary<string, string[]> errors)
    {
        var goals = new List<Goal>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var text = SheetEdits.Clean(draft.Text);
            if (text is null)
            {
                errors[$"goals[{i.ToString(CultureInfo.InvariantCulture)}].text"] =
                    [$"第 {(i + 1).ToString(CultureInfo.InvariantCulture)} 条绩效目标没有内容：请填写目标，或删除这一条"];
            }

            var position = draft.Origin is { } o && o >= 0 && o < stored.Count ? stored[o].Position : default;
            goals.Add(new Goal(draft.Term, text ?? "", position));
        }

        return goals;
    }

    public static bool TryNumber(string text, out decimal number) => decimal.TryParse(
        text.Trim().Replace('，', ','),
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
        CultureInfo.InvariantCulture,
        out number);

    public static IEnumerable<string> Level1Names(FrameworkVersion version) =>
        IndicatorFramework.Categories(version).Where(c => c.Level == CategoryLevel.Level1).Select(c => c.Name);

    private static string Names(IEnumerable<string> names) => string.Join("、", names);

    private static TargetValue Value(ValueDraft draft, TargetValue? origin, string row, string key, Dictionary<string, string[]> errors)
    {
        if (origin is not null && draft == ValueDraft.Of(origin))
        {
            return origin; // unchanged: kept exactly as read, with what the reader understood
        }

        if (draft.Qualitative)
        {
            if (SheetEdits.Clean(draft.Text) is { } text)
            {
                return new TargetValue(text, Sign.None, null, null, true, ValueFlags.None);
            }

            errors[key] = [$"第 {row} 行的指标值没有填写：请填写定性指标值（如“健全”“较满意”），或改为定量并填写数值"];
            return TargetValue.Missing;
        }

        var sign = ValueDraft.SignOf(draft.Sign);
        if (sign is null)
        {
            errors[key] = [$"第 {row} 行的计算符号“{draft.Sign}”无效：请选择 ≥、≤、=、>、<、≈ 之一，或不选"];
            return TargetValue.Missing;
        }

        if (SheetEdits.Clean(draft.Number) is not { } numberText)
        {
            errors[key] = [$"第 {row} 行的指标值没有填写：请填写数值（如 95，单位填 %），或改为定性并填写文字"];
            return TargetValue.Missing;
        }

        if (!TryNumber(numberText, out var number))
        {
            errors[key] = [$"第 {row} 行的指标值“{numberText}”不是数字：数值栏只填数字（如 95），符号与单位分别选择和填写；文字目标请改为定性"];
            return TargetValue.Missing;
        }

        var value = new TargetValue(null, sign.Value, number, SheetEdits.Clean(draft.Unit), false, ValueFlags.None);
        return value with { Raw = TargetValueParser.Render(value) };
    }
}
