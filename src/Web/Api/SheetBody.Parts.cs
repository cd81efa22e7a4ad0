using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Jixiao.Core.Targets;
using Jixiao.Core.Values;
using Jixiao.Web.Sheets;

namespace Jixiao.Web.Api;

/// <summary>A body's values and goals, read as the editor holds them.</summary>
internal static partial class SheetBody
{
    private static ValueDraft Value(JsonElement value, string key, Dictionary<string, string[]> errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return ValueDraft.Empty;
            case JsonValueKind.String:
                return ValueDraft.Of(TargetValueParser.Parse(value.GetString()));
            case JsonValueKind.Object:
                var number = Text(value, "number", null, errors, key);
                // As the editor holds them: the sign as its symbol (>= → ≥), the number without trailing zeros.
                var op = Text(value, "op", null, errors, key);
                op = ValueDraft.SignOf(op) switch
                {
                    null => op, // not a sign: kept, so the check says so
                    Sign.None => null,
                    var sign => TargetValueParser.SignSymbol(sign.Value),
                };
                if (value.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetDecimal(out var d))
                {
                    number = d.ToString("0.############################", CultureInfo.InvariantCulture);
                }

                var unit = Text(value, "unit", null, errors, key);
                var qualitative = value.TryGetProperty("qualitative", out var q) && q.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? q.GetBoolean()
                    : number is null;

                // No number, sign or unit: the value is its text, as GET gives a value it could not read.
                qualitative |= number is null && op is null && unit is null;
                return new ValueDraft(qualitative, qualitative ? null : op, qualitative ? null : number, qualitative ? null : unit, qualitative ? Text(value, "raw", null, errors, key) : null);
            default:
                errors[key] = ["value 应为对象 {raw, op, number, unit, qualitative} 或指标值文字"];
                return ValueDraft.Empty;
        }
    }

    private static ImmutableList<GoalDraft>? Goals(JsonElement array, Dictionary<string, string[]> errors)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            errors["goals"] = ["goals 应为目标数组 [{term, text}]"];
            return null;
        }

        return [.. array.EnumerateArray().Select((g, i) => new GoalDraft(
            Term(g.ValueKind == JsonValueKind.Object && g.TryGetProperty("term", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null),
            g.ValueKind == JsonValueKind.String ? g.GetString() : Text(g, "text", null, errors, $"goals[{i.ToString(CultureInfo.InvariantCulture)}].text"),
            i))];
    }

    internal static GoalTerm Term(string? code) => code switch
    {
        "annual" => GoalTerm.Annual,
        "period" => GoalTerm.ImplementationPeriod,
        "detailed" => GoalTerm.Detailed,
        _ => GoalTerm.Overall,
    };
}
