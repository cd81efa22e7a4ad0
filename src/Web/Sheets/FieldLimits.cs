using System.Globalization;
using Jixiao.Core.Targets;

namespace Jixiao.Web.Sheets;

/// <summary>
/// How long each text edited through the API or the editor may be, and which characters no stored
/// text may hold (NUL and the other control characters but tab and line breaks, broken UTF-16).
/// A text kept as it was stored (read from a document) is not measured again: only what an edit
/// changes has to fit, so re-saving an imported sheet never fails on a field nobody touched.
/// </summary>
public static class FieldLimits
{
    /// <summary>Titles, department and project names, indicator names and categories.</summary>
    public const int Name = 200;

    /// <summary>项目编码, 年度, 预算金额, a value's number and 计量单位.</summary>
    public const int Short = 50;

    /// <summary>A qualitative 指标值 and other free text in a row.</summary>
    public const int Text = 1_000;

    /// <summary>A 绩效目标 (narratives run to several paragraphs).</summary>
    public const int Goal = 2_000;

    public static void Check(SheetDraft draft, TargetSheet stored, Dictionary<string, string[]> errors)
    {
        One(errors, "title", "标题", draft.Title, stored.Title, Name);
        One(errors, "department", "部门(单位)名称", draft.Department, stored.Department, Name);
        One(errors, "project", "项目名称", draft.Project, stored.ProjectName, Name);
        One(errors, "code", "项目编码", draft.Code, stored.ProjectCode, Short);
        One(errors, "year", "年度", draft.Year, stored.FiscalYear?.ToString(CultureInfo.InvariantCulture), Short);
        One(errors, "budgetWan", "预算金额", draft.BudgetWan, null, Short);
        for (var i = 0; draft.Goals is not null && i < draft.Goals.Count; i++)
        {
            var goal = draft.Goals[i];
            var kept = goal.Origin is { } o && o >= 0 && o < stored.Goals.Count ? stored.Goals[o].Text : null;
            One(errors, $"goals[{Index(i)}].text", $"第 {Index(i + 1)} 条绩效目标", goal.Text, kept, Goal);
        }

        for (var i = 0; i < draft.Indicators.Count; i++)
        {
            var row = draft.Indicators[i];
            var origin = row.Origin is { } o && o >= 0 && o < stored.Indicators.Count ? stored.Indicators[o] : null;
            var key = $"indicators[{Index(i)}]";
            var label = $"第 {Index(i + 1)} 行的";
            One(errors, key + ".level1", label + "一级指标", row.Level1, origin?.Level1, Name);
            One(errors, key + ".level2", label + "二级指标", row.Level2, origin?.Level2, Name);
            One(errors, key + ".name", label + "三级指标名称", row.Name, origin?.Name, Name);
            One(errors, key + ".value", label + "指标值", row.Value.Text, origin?.Value.Raw, Text);
            One(errors, key + ".value", label + "指标值数值", row.Value.Number, null, Short);
            One(errors, key + ".value", label + "计量单位", row.Value.Unit, origin?.Value.Unit, Short);
            One(errors, key + ".value", label + "计算符号", row.Value.Sign, null, Short);
        }
    }

    /// <summary>Why <paramref name="text"/> cannot be stored as it is (a Chinese message), or null.</summary>
    public static string? Problem(string? text, string label, int max)
    {
        if (text is null)
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[++i]))))
            {
                return $"{label}含有控制字符或无效字符（如 NUL），请删除后再保存";
            }
        }

        var length = text.Trim().Length;
        return length > max
            ? string.Create(CultureInfo.InvariantCulture, $"{label}不能超过 {max} 个字（现为 {length} 个），请精简后再保存")
            : null;
    }

    private static void One(Dictionary<string, string[]> errors, string key, string label, string? text, string? kept, int max)
    {
        if (text is not null && !string.Equals(text.Trim(), kept?.Trim(), StringComparison.Ordinal) && Problem(text, label, max) is { } problem)
        {
            errors[key] = [problem];
        }
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
