using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;
using Jixiao.Web.Sheets;

namespace Jixiao.Web.Api;

/// <summary>
/// Reads a PUT body — the sheet in the import contract's field names, as GET returns it, plus
/// <c>version</c> — into a draft of the stored sheet. Fields the body leaves out keep their stored
/// values; an indicator keeps its stored row (position, details) when it names that row's position,
/// or else when it stands where a row of the same name stood.
/// </summary>
internal static partial class SheetBody
{
    public static SheetDraft Read(JsonElement body, TargetSheet stored, Dictionary<string, string[]> errors)
    {
        var draft = SheetDraft.Of(stored);
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors[""] = ["请求体应为一张目标表的 JSON 对象（与 GET /api/sheets/{id} 返回的字段相同）"];
            return draft;
        }

        if (body.TryGetProperty("kind", out var kind) && kind.ValueKind != JsonValueKind.Null
            && !string.Equals(kind.ValueKind == JsonValueKind.String ? kind.GetString() : null, SheetsApi.KindCode(stored.Kind), StringComparison.Ordinal))
        {
            errors["kind"] = [$"目标表类型不能修改：这张表是“{SheetsApi.KindCode(stored.Kind)}”，请保留原值或省略 kind"];
        }

        draft = draft with
        {
            Title = Text(body, "title", draft.Title, errors),
            Department = Text(body, "department", draft.Department, errors),
            Year = Text(body, "year", draft.Year, errors),
            Project = Text(body, "project", draft.Project, errors),
            Code = Text(body, "code", draft.Code, errors),
            BudgetWan = Text(body, "budgetWan", draft.BudgetWan, errors),
        };
        if (body.TryGetProperty("goals", out var goals))
        {
            draft = draft with { Goals = Goals(goals, errors) };
        }

        if (body.TryGetProperty("indicators", out var indicators))
        {
            draft = draft with { Indicators = Indicators(indicators, stored, errors) };
        }

        return draft;
    }

    /// <summary>The version the body names, as a number or a numeric string.</summary>
    public static int? Version(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("version", out var v)
            ? v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n
            : v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s
            : null
            : null;

    private static ImmutableList<IndicatorDraft> Indicators(JsonElement array, TargetSheet stored, Dictionary<string, string[]> errors)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            errors["indicators"] = ["indicators 应为指标数组"];
            return [.. stored.Indicators.Select((x, i) => IndicatorDraft.Of(x, i))];
        }

        var used = new HashSet<int>();
        var rows = ImmutableList.CreateBuilder<IndicatorDraft>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var key = $"indicators[{index.ToString(CultureInfo.InvariantCulture)}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors[key] = [$"第 {index + 1} 行应为一个指标对象（level1、level2、name、value）"];
                rows.Add(IndicatorDraft.Empty);
                index++;
                continue;
            }

            var name = Text(item, "name", null, errors, key + ".name");
            var position = item.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            var origin = Origin(stored, position, name, index, used);
            var value = item.TryGetProperty("value", out var v) ? Value(v, key + ".value", errors) : ValueDraft.Empty;
            rows.Add(new IndicatorDraft(Text(item, "level1", null, errors, key + ".level1"), Text(item, "level2", null, errors, key + ".level2"), name, value, origin));
            index++;
        }

        return rows.ToImmutable();
    }

    private static int? Origin(TargetSheet stored, string? position, string? name, int index, HashSet<int> used)
    {
        for (var i = 0; position is not null && i < stored.Indicators.Count; i++)
        {
            if (!used.Contains(i) && string.Equals(stored.Indicators[i].Position.ToString(), position, StringComparison.Ordinal))
            {
                used.Add(i);
                return i;
            }
        }

        if (position is null && index < stored.Indicators.Count && !used.Contains(index)
            && string.Equals(stored.Indicators[index].Name, name?.Trim(), StringComparison.Ordinal))
        {
            used.Add(index);
            return index;
        }

        return null;
    }

    /// <summary>A field as text: strings as they are, numbers as written; absent keeps <paramref name="kept"/>.</summary>
    private static string? Text(JsonElement obj, string name, string? kept, Dictionary<string, string[]> errors, string? key = null)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var field))
        {
            return kept;
        }

        switch (field.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return field.GetString();
            case JsonValueKind.Number:
                return field.GetRawText();
            default:
                errors[key ?? name] = [$"{name} 应为文字或数字"];
                return kept;
        }
    }
}
